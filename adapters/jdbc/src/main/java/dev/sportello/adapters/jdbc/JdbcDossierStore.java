package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dossier headers, timelines, request links, personal data and the owner's list on tables; measures and
 * payments are {@link JdbcDossierItems}'. Every statement of a call is one round trip: rows of a call go
 * in one batch, many ids in one {@code = ANY(?)} (PostgreSQL) or {@code IN} (H2) query.
 */
final class JdbcDossierStore implements DossierStore {
    static final String COLUMNS = "id, kind, owner_id, office, status, status_note, last_change_at, outcome_code, "
            + "outcome_text, outcome_decided_on, sequence_number, fingerprint, gaps, created_at, updated_at, version";
    private static final String SUMMARY = "id, kind, office, status, status_note, outcome_code, last_change_at, updated_at";

    private final Db db;
    private final JdbcDossierItems items;
    private final JdbcDossierBatch batch;

    JdbcDossierStore(Db db) {
        this.db = db;
        this.items = new JdbcDossierItems(db);
        this.batch = new JdbcDossierBatch(db, items);
    }

    @Override
    public void writeAll(DossierWrites writes) {
        if (db.dialect != Dialect.POSTGRESQL) {
            DossierStore.super.writeAll(writes);
            return;
        }
        batch.writeAll(writes);
        writes.personalData().forEach(this::putPersonalData);
    }

    @Override
    public Map<DossierId, Map<String, Measure>> findMeasuresOf(Map<DossierId, Set<String>> ids) {
        return db.dialect == Dialect.POSTGRESQL ? batch.findMeasuresOf(ids) : DossierStore.super.findMeasuresOf(ids);
    }

    @Override
    public Map<DossierId, Map<String, Payment>> findPaymentsOf(Map<DossierId, Set<String>> ids) {
        return db.dialect == Dialect.POSTGRESQL ? batch.findPaymentsOf(ids) : DossierStore.super.findPaymentsOf(ids);
    }

    @Override
    public void insert(DossierRecord r) {
        try {
            db.update("INSERT INTO sportello_dossiers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row(r));
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw conflict(r.id(), "none");
            }
            throw e;
        }
    }

    /** The parameters of {@link #COLUMNS} for a record. */
    static Object[] row(DossierRecord r) {
        DossierOutcome o = r.outcome();
        return new Object[]{r.id().value(), r.kind().code(), r.owner().value(), r.office().value(), r.status(),
            r.statusNote(), r.lastChangeAt(), o == null ? null : o.code(), o == null ? null : o.text(),
            o == null ? null : o.decidedOn(), r.sequence(), r.fingerprint(), gaps(r.gaps()), r.createdAt(), r.updatedAt(),
            r.version()};
    }

    @Override
    public void update(DossierRecord r, long expectedVersion) {
        DossierOutcome o = r.outcome();
        int rows = db.update("UPDATE sportello_dossiers SET office = ?, status = ?, status_note = ?, last_change_at = ?, "
                + "outcome_code = ?, outcome_text = ?, outcome_decided_on = ?, sequence_number = ?, fingerprint = ?, gaps = ?, "
                + "updated_at = ?, version = ? WHERE id = ? AND version = ?", r.office().value(), r.status(), r.statusNote(),
                r.lastChangeAt(), o == null ? null : o.code(), o == null ? null : o.text(), o == null ? null : o.decidedOn(),
                r.sequence(), r.fingerprint(), gaps(r.gaps()), r.updatedAt(), r.version(), r.id().value(), expectedVersion);
        if (rows == 0) {
            throw conflict(r.id(), Long.toString(expectedVersion));
        }
    }

    static SportelloException conflict(DossierId id, String expectedVersion) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "dossier",
                "objectId", id.value(), "expectedVersion", expectedVersion));
    }

    @Override
    public Optional<DossierRecord> find(DossierId id) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_dossiers WHERE id = ?", JdbcDossierStore::record, id.value());
    }

    @Override
    public Map<DossierId, DossierRecord> findAll(Collection<DossierId> ids) {
        Map<DossierId, DossierRecord> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Object[] values = ids.stream().map(DossierId::value).distinct().toArray();
        String sql = "SELECT " + COLUMNS + " FROM sportello_dossiers WHERE id " + anyOf(db, values.length);
        db.query(sql, JdbcDossierStore::record, db.dialect == Dialect.POSTGRESQL ? new Object[]{db.array("text", values)} : values)
                .forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** {@code = ANY(?)} with one array parameter on PostgreSQL (one plan for any count), else {@code IN (?, …)}. */
    static String anyOf(Db db, int count) {
        return db.dialect == Dialect.POSTGRESQL ? "= ANY(?)" : "IN (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    @Override
    public void appendTimeline(DossierId dossier, List<StatusChange> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (StatusChange e : entries) {
            rows.add(new Object[]{dossier.value(), e.status(), e.note(), e.at(), e.sequence()});
        }
        db.batch("INSERT INTO sportello_dossier_timeline (dossier_id, status, note, at, sequence_number) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    @Override
    public List<StatusChange> timeline(DossierId dossier) {
        return db.query("SELECT status, note, at, sequence_number FROM sportello_dossier_timeline WHERE dossier_id = ? "
                + "ORDER BY seq", rs -> new StatusChange(DossierStatus.valueOf(rs.getString("status")), rs.getString("note"),
                Db.instant(rs, "at"), rs.getLong("sequence_number")), dossier.value());
    }

    @Override
    public void putMeasures(DossierId dossier, List<Measure> measures) {
        items.putMeasures(dossier, measures);
    }

    @Override
    public List<Measure> measures(DossierId dossier) {
        return items.measures(dossier, Set.of());
    }

    @Override
    public Map<String, Measure> findMeasures(DossierId dossier, Set<String> ids) {
        Map<String, Measure> found = new HashMap<>();
        if (!ids.isEmpty()) {
            items.measures(dossier, ids).forEach(m -> found.put(m.id(), m));
        }
        return found;
    }

    @Override
    public void putPayments(DossierId dossier, List<Payment> payments) {
        items.putPayments(dossier, payments);
    }

    @Override
    public List<Payment> payments(DossierId dossier) {
        return items.payments(dossier, Set.of());
    }

    @Override
    public Map<String, Payment> findPayments(DossierId dossier, Set<String> ids) {
        Map<String, Payment> found = new HashMap<>();
        if (!ids.isEmpty()) {
            items.payments(dossier, ids).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    @Override
    public void linkRequest(DossierId dossier, RequestId request) {
        if (db.dialect == Dialect.POSTGRESQL) {
            db.update("INSERT INTO sportello_dossier_requests (dossier_id, request_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    dossier.value(), request.value());
        } else {
            db.update("MERGE INTO sportello_dossier_requests (dossier_id, request_id) KEY (dossier_id, request_id) VALUES (?, ?)",
                    dossier.value(), request.value());
        }
    }

    @Override
    public List<RequestId> requests(DossierId dossier) {
        return db.query("SELECT request_id FROM sportello_dossier_requests WHERE dossier_id = ? ORDER BY seq",
                rs -> new RequestId(Db.uuid(rs, "request_id")), dossier.value());
    }

    @Override
    public Page<DossierSummary> search(UserId owner, DossierSearch s) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY + " FROM sportello_dossiers WHERE owner_id = ?");
        List<Object> params = new ArrayList<>(List.of(owner.value()));
        in(sql, params, "kind", s.kinds().stream().map(DossierKindCode::code).sorted().toList());
        in(sql, params, "status", s.statuses().stream().map(Enum::name).sorted().toList());
        if (s.page().cursor() != null) {
            DossierCursor after = DossierCursor.parse(s.page().cursor());
            sql.append(" AND (updated_at < ? OR updated_at = ? AND id < ?)");
            params.addAll(List.of(after.updatedAt(), after.updatedAt(), after.id().value()));
        }
        sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ?");
        params.add(s.page().size() + 1);
        return JdbcPages.of(db.query(sql.toString(), JdbcDossierStore::summary, params.toArray()), s.page().size(),
                d -> DossierCursor.of(d.updatedAt(), d.id()));
    }

    private static void in(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
            params.addAll(values);
        }
    }

    @Override
    public void putPersonalData(UserId owner, PersonalData data) {
        String fields = FlatCodec.encode(data.fields());
        if (db.dialect == Dialect.POSTGRESQL) {
            db.update("INSERT INTO sportello_dossier_personal_data (owner_id, fields, as_of) VALUES (?, ?, ?) "
                    + "ON CONFLICT (owner_id) DO UPDATE SET fields = EXCLUDED.fields, as_of = EXCLUDED.as_of",
                    owner.value(), fields, data.asOf());
        } else {
            db.update("MERGE INTO sportello_dossier_personal_data (owner_id, fields, as_of) KEY (owner_id) VALUES (?, ?, ?)",
                    owner.value(), fields, data.asOf());
        }
    }

    @Override
    public Optional<PersonalData> personalData(UserId owner) {
        return db.one("SELECT fields, as_of FROM sportello_dossier_personal_data WHERE owner_id = ?",
                rs -> new PersonalData(FlatCodec.decode(rs.getString("fields")), Db.instant(rs, "as_of")), owner.value());
    }

    static DossierRecord record(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome_code");
        return DossierRecord.builder().id(new DossierId(rs.getString("id"))).kind(new DossierKindCode(rs.getString("kind")))
                .owner(new UserId(Db.uuid(rs, "owner_id"))).office(new OfficeCode(rs.getString("office")))
                .status(DossierStatus.valueOf(rs.getString("status"))).statusNote(rs.getString("status_note"))
                .lastChangeAt(Db.instant(rs, "last_change_at"))
                .outcome(outcome == null ? null : new DossierOutcome(outcome, rs.getString("outcome_text"),
                        rs.getObject("outcome_decided_on", LocalDate.class)))
                .sequence(rs.getLong("sequence_number")).fingerprint(rs.getString("fingerprint"))
                .gaps(gaps(rs.getString("gaps"))).createdAt(Db.instant(rs, "created_at"))
                .updatedAt(Db.instant(rs, "updated_at")).version(rs.getLong("version")).build();
    }

    private static DossierSummary summary(ResultSet rs) throws SQLException {
        return new DossierSummary(new DossierId(rs.getString("id")), new DossierKindCode(rs.getString("kind")),
                new OfficeCode(rs.getString("office")), DossierStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"), rs.getString("outcome_code"), Db.instant(rs, "last_change_at"),
                Db.instant(rs, "updated_at"));
    }

    /** Gaps as {@code from-to@epochMicros} separated by {@code ;} (a dossier records few). */
    static String gaps(List<SequenceGap> gaps) {
        StringBuilder text = new StringBuilder();
        for (SequenceGap g : gaps) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(g.from()).append('-').append(g.to()).append('@').append(micros(g.detectedAt()));
        }
        return text.toString();
    }

    static List<SequenceGap> gaps(String text) {
        List<SequenceGap> gaps = new ArrayList<>();
        if (text.isEmpty()) {
            return gaps;
        }
        for (String gap : text.split(";")) {
            int dash = gap.indexOf('-');
            int at = gap.indexOf('@');
            long micros = Long.parseLong(gap.substring(at + 1));
            gaps.add(new SequenceGap(Long.parseLong(gap.substring(0, dash)), Long.parseLong(gap.substring(dash + 1, at)),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L)));
        }
        return gaps;
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }
}
