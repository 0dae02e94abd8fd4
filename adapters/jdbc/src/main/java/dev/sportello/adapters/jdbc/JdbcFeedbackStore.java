package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.feedback.FeedbackArea;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.SuggestionChange;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.spi.FeedbackRecord;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.feedback.spi.RatingTally;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ratings on a table, their triage changes on another; the once key is a unique constraint, the queue pages
 * on {@code (given_at, id)}. Part of a transaction.
 */
final class JdbcFeedbackStore implements FeedbackStore {
    private static final String COLUMNS = "id, area, interaction_id, owner_id, given_by, office, rating, suggestion, "
            + "once_key, rating_month, given_at, state, version";
    private final Db db;

    JdbcFeedbackStore(Db db) {
        this.db = db;
    }

    @Override
    public void insert(FeedbackRecord r) {
        try {
            db.update("INSERT INTO sportello_feedback (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id().value(), r.target().area(), interaction(r.target()), r.owner().value(), r.givenBy().asText(),
                    r.office() == null ? null : r.office().value(), r.rating(), r.suggestion(), r.onceKey(),
                    r.month().toString(), r.givenAt(), r.state(), r.version());
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw conflict(r.id(), "none");
            }
            throw e;
        }
        appendChanges(r, 0);
    }

    @Override
    public void update(FeedbackRecord r, long expectedVersion) {
        int rows = db.update("UPDATE sportello_feedback SET state = ?, version = ? WHERE id = ? AND version = ?",
                r.state(), r.version(), r.id().value(), expectedVersion);
        if (rows == 0) {
            throw conflict(r.id(), Long.toString(expectedVersion));
        }
        int stored = db.one("SELECT COUNT(*) AS n FROM sportello_feedback_changes WHERE feedback_id = ?",
                rs -> rs.getInt("n"), r.id().value()).orElse(0);
        appendChanges(r, stored);
    }

    private void appendChanges(FeedbackRecord r, int from) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < r.changes().size(); i++) {
            SuggestionChange c = r.changes().get(i);
            rows.add(new Object[]{r.id().value(), i, c.state(), c.by().asText(), c.at()});
        }
        db.batch("INSERT INTO sportello_feedback_changes (feedback_id, position, state, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    @Override
    public Optional<FeedbackRecord> find(FeedbackId id) {
        return withChanges(db.query("SELECT " + COLUMNS + " FROM sportello_feedback WHERE id = ?",
                JdbcFeedbackStore::record, id.value())).stream().findFirst();
    }

    @Override
    public Optional<FeedbackRecord> findByOnceKey(String onceKey) {
        return withChanges(db.query("SELECT " + COLUMNS + " FROM sportello_feedback WHERE once_key = ?",
                JdbcFeedbackStore::record, onceKey)).stream().findFirst();
    }

    @Override
    public Page<FeedbackRecord> suggestions(OfficeCode office, Set<SuggestionState> states, PageRequest page) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sportello_feedback WHERE state IN (")
                .append(String.join(", ", Collections.nCopies(states.size(), "?"))).append(")");
        params.addAll(states.stream().map(Enum::name).sorted().toList());
        if (office != null) {
            sql.append(" AND office = ?");
            params.add(office.value());
        }
        if (page.cursor() != null) {
            Object[] after = cursor(page.cursor());
            sql.append(" AND (given_at > ? OR (given_at = ? AND id > ?))");
            params.add(after[0]);
            params.add(after[0]);
            params.add(after[1]);
        }
        sql.append(" ORDER BY given_at, id FETCH FIRST ? ROWS ONLY");
        params.add(page.size() + 1);
        List<FeedbackRecord> rows = withChanges(db.query(sql.toString(), JdbcFeedbackStore::record, params.toArray()));
        return JdbcPages.of(rows, page.size(), JdbcFeedbackStore::cursor);
    }

    @Override
    public List<RatingTally> tallies(OfficeCode office, YearMonth from, YearMonth to) {
        String where = "rating_month >= ? AND rating_month <= ?" + (office == null ? "" : " AND office = ?");
        Object[] params = office == null ? new Object[]{from.toString(), to.toString()}
                : new Object[]{from.toString(), to.toString(), office.value()};
        return db.query("SELECT area, office, rating_month, COUNT(*) AS n, SUM(rating) AS total FROM sportello_feedback "
                + "WHERE " + where + " GROUP BY area, office, rating_month", rs -> new RatingTally(
                FeedbackArea.valueOf(rs.getString("area")), office(rs.getString("office")),
                YearMonth.parse(rs.getString("rating_month")), rs.getLong("n"), rs.getLong("total")), params);
    }

    /** The records with their changes, read in one more query. */
    private List<FeedbackRecord> withChanges(List<FeedbackRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        Map<UUID, List<SuggestionChange>> changes = new HashMap<>();
        String in = String.join(", ", Collections.nCopies(records.size(), "?"));
        db.query("SELECT feedback_id, state, changed_by, changed_at FROM sportello_feedback_changes WHERE feedback_id IN ("
                + in + ") ORDER BY feedback_id, position", rs -> {
                    changes.computeIfAbsent(Db.uuid(rs, "feedback_id"), k -> new ArrayList<>()).add(new SuggestionChange(
                            SuggestionState.valueOf(rs.getString("state")), PartyId.parse(rs.getString("changed_by")),
                            Db.instant(rs, "changed_at")));
                    return null;
                }, records.stream().map(r -> r.id().value()).toArray());
        return records.stream().map(r -> changes.containsKey(r.id().value())
                ? r.toBuilder().changes(changes.get(r.id().value())).build() : r).toList();
    }

    private static FeedbackRecord record(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return FeedbackRecord.builder().id(new FeedbackId(Db.uuid(rs, "id")))
                .target(target(FeedbackArea.valueOf(rs.getString("area")), Db.uuid(rs, "interaction_id")))
                .owner(new UserId(Db.uuid(rs, "owner_id"))).givenBy(PartyId.parse(rs.getString("given_by")))
                .office(office(rs.getString("office"))).rating(rs.getInt("rating")).suggestion(rs.getString("suggestion"))
                .onceKey(rs.getString("once_key")).month(YearMonth.parse(rs.getString("rating_month")))
                .givenAt(Db.instant(rs, "given_at")).state(state == null ? null : SuggestionState.valueOf(state))
                .changes(List.of()).version(rs.getLong("version")).build();
    }

    private static UUID interaction(FeedbackTarget target) {
        if (target instanceof FeedbackTarget.ClosedRequest r) {
            return r.request().value();
        }
        if (target instanceof FeedbackTarget.CompletedAppointment a) {
            return a.appointment().value();
        }
        return null;
    }

    private static FeedbackTarget target(FeedbackArea area, UUID interaction) {
        return switch (area) {
            case SERVICE -> new FeedbackTarget.WholeService();
            case REQUESTS -> new FeedbackTarget.ClosedRequest(new RequestId(interaction));
            case APPOINTMENTS -> new FeedbackTarget.CompletedAppointment(new AppointmentId(interaction));
        };
    }

    private static OfficeCode office(String code) {
        return code == null ? null : new OfficeCode(code);
    }

    /** {@code micros_uuid}, as the memory store writes it. */
    private static String cursor(FeedbackRecord r) {
        Instant at = r.givenAt();
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + r.id();
    }

    private static Object[] cursor(String text) {
        try {
            int sep = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, sep));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            return new Object[]{Cursors.time(at), Cursors.id(text.substring(sep + 1))};
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }

    private static SportelloException conflict(FeedbackId id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "feedback",
                "objectId", id.toString(), "expectedVersion", expected));
    }
}
