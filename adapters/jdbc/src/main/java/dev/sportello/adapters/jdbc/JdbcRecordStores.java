package dev.sportello.adapters.jdbc;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.EngagementTally;
import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The smaller JDBC stores: consents, audit, closures, engagement. */
final class JdbcRecordStores {
    private JdbcRecordStores() {
    }

    static final class Consents implements ConsentStore {
        private final Db db;

        Consents(Db db) {
            this.db = db;
        }

        @Override
        public void append(ConsentEvent e) {
            db.update("INSERT INTO sportello_consent_events (user_id, channel, choice, at, actor, on_behalf_of) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", e.user().value(), e.channel(), e.choice(), e.at(), e.actor().asText(),
                    e.onBehalfOf() == null ? null : e.onBehalfOf().value());
        }

        @Override
        public List<ConsentEvent> history(UserId user) {
            return db.query(HISTORY, Consents::event, user.value());
        }

        @Override
        public Map<UserId, List<ConsentEvent>> historyAll(Collection<UserId> users) {
            if (db.dialect != Dialect.POSTGRESQL || users.size() < 2) {
                return ConsentStore.super.historyAll(users);
            }
            Map<UserId, List<ConsentEvent>> histories = new LinkedHashMap<>();
            users.forEach(user -> histories.put(user, new java.util.ArrayList<>()));
            db.query("SELECT user_id, channel, choice, at, actor, on_behalf_of FROM sportello_consent_events "
                    + "WHERE user_id = ANY(?) ORDER BY seq", Consents::event,
                    db.array("uuid", users.stream().map(UserId::value).toArray()))
                    .forEach(event -> histories.get(event.user()).add(event));
            return histories;
        }

        /** The history of one user, for {@link #event}. */
        static final String HISTORY = "SELECT user_id, channel, choice, at, actor, on_behalf_of FROM sportello_consent_events "
                + "WHERE user_id = ? ORDER BY seq";

        static ConsentEvent event(ResultSet rs) throws SQLException {
            UUID onBehalfOf = Db.uuid(rs, "on_behalf_of");
            return new ConsentEvent(new UserId(Db.uuid(rs, "user_id")), Channel.valueOf(rs.getString("channel")),
                    ConsentChoice.valueOf(rs.getString("choice")), Db.instant(rs, "at"),
                    PartyId.parse(rs.getString("actor")), onBehalfOf == null ? null : new UserId(onBehalfOf));
        }
    }

    static final class Audit implements AuditStore {
        static final String COLUMNS = "id, at, actor, on_behalf_of, delegation_id, action, object_type, object_id, outcome, "
                + "error_code, previous_hash, hash";
        private final Db db;

        Audit(Db db) {
            this.db = db;
        }

        @Override
        public void appendAll(List<AuditEntry> entries) {
            db.batch("INSERT INTO sportello_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    entries.stream().map(Audit::row).toList());
        }

        /** The parameters of an entry's row, in {@link #COLUMNS} order. */
        static Object[] row(AuditEntry a) {
            return new Object[]{UUID.fromString(a.id()), a.at(), a.actor().asText(),
                a.onBehalfOf() == null ? null : a.onBehalfOf().value(), a.delegation() == null ? null : a.delegation().value(),
                a.action(), a.objectType(), a.objectId(),
                a.outcome(), a.errorCode() == null ? null : a.errorCode().name(), a.previousHash(), a.hash()};
        }

        @Override
        public Page<AuditEntry> forObject(String objectType, String objectId, PageRequest page) {
            UUID after = Cursors.after(page.cursor());
            String sql = "SELECT " + COLUMNS + " FROM sportello_audit WHERE object_type = ? AND object_id = ?"
                    + (after == null ? "" : " AND id > ?") + " ORDER BY id LIMIT ?";
            List<AuditEntry> rows = after == null
                    ? db.query(sql, Audit::entry, objectType, objectId, page.size() + 1)
                    : db.query(sql, Audit::entry, objectType, objectId, after, page.size() + 1);
            return JdbcPages.of(rows, page.size(), AuditEntry::id);
        }

        private static AuditEntry entry(ResultSet rs) throws SQLException {
            UUID onBehalfOf = Db.uuid(rs, "on_behalf_of");
            UUID delegation = Db.uuid(rs, "delegation_id");
            String code = rs.getString("error_code");
            return AuditEntry.builder().id(Db.uuid(rs, "id").toString()).at(Db.instant(rs, "at"))
                    .actor(PartyId.parse(rs.getString("actor"))).onBehalfOf(onBehalfOf == null ? null : new UserId(onBehalfOf))
                    .delegation(delegation == null ? null : new DelegationId(delegation)).action(rs.getString("action"))
                    .objectType(rs.getString("object_type")).objectId(rs.getString("object_id"))
                    .outcome(AuditEntry.Outcome.valueOf(rs.getString("outcome")))
                    .errorCode(code == null ? null : ErrorCode.valueOf(code)).previousHash(rs.getString("previous_hash"))
                    .hash(rs.getString("hash")).build();
        }

        @Override
        public String lockHead(String objectType, String objectId) {
            String stream = stream(objectType, objectId);
            if (db.dialect == Dialect.POSTGRESQL) {
                // one statement: creates the head, or locks the existing one, and returns it
                return db.one("INSERT INTO sportello_audit_heads (stream, hash) VALUES (?, '') ON CONFLICT (stream) "
                        + "DO UPDATE SET hash = sportello_audit_heads.hash RETURNING hash", rs -> rs.getString(1), stream)
                        .orElseThrow();
            }
            try {
                db.update("INSERT INTO sportello_audit_heads (stream, hash) SELECT ?, '' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM sportello_audit_heads WHERE stream = ?)", stream, stream);
            } catch (JdbcFailure e) {
                if (!e.isDuplicateKey()) {
                    throw e;
                }
            }
            return db.one("SELECT hash FROM sportello_audit_heads WHERE stream = ? FOR UPDATE", rs -> rs.getString(1), stream)
                    .orElseThrow();
        }

        @Override
        public Map<Stream, String> lockHeads(Collection<Stream> streams) {
            if (db.dialect != Dialect.POSTGRESQL || streams.size() < 2) {
                return AuditStore.super.lockHeads(streams);
            }
            // the existing heads are locked in one statement, in key order (FOR UPDATE writes no new row
            // version); heads still missing are created, locked by their insert, in one more statement
            Map<String, Stream> byKey = new java.util.TreeMap<>();
            streams.forEach(stream -> byKey.put(stream(stream.objectType(), stream.objectId()), stream));
            Map<String, String> hashes = new HashMap<>();
            db.query("SELECT stream, hash FROM sportello_audit_heads WHERE stream = ANY(?) ORDER BY stream COLLATE \"C\" "
                    + "FOR UPDATE", rs -> {
                        hashes.put(rs.getString(1), rs.getString(2));
                        return null;
                    }, db.array("text", byKey.keySet().toArray()));
            Object[] missing = byKey.keySet().stream().filter(k -> !hashes.containsKey(k)).toArray();
            if (missing.length > 0) {
                db.query("INSERT INTO sportello_audit_heads (stream, hash) SELECT t.s, '' FROM unnest(?::text[]) "
                        + "WITH ORDINALITY AS t(s, n) ORDER BY t.n ON CONFLICT (stream) "
                        + "DO UPDATE SET hash = sportello_audit_heads.hash RETURNING stream, hash", rs -> {
                            hashes.put(rs.getString(1), rs.getString(2));
                            return null;
                        }, db.array("text", missing));
            }
            Map<Stream, String> heads = new LinkedHashMap<>();
            streams.forEach(stream -> heads.put(stream, hashes.get(stream(stream.objectType(), stream.objectId()))));
            return heads;
        }

        @Override
        public void moveHeads(Map<Stream, String> heads) {
            if (db.dialect == Dialect.POSTGRESQL && heads.size() > 1) {
                String[] keys = new String[heads.size()];
                String[] hashes = new String[heads.size()];
                int i = 0;
                for (Map.Entry<Stream, String> head : heads.entrySet()) {
                    keys[i] = stream(head.getKey().objectType(), head.getKey().objectId());
                    hashes[i++] = head.getValue();
                }
                // one statement for every head (a JDBC batch of updates is one statement per row)
                db.update("UPDATE sportello_audit_heads h SET hash = v.hash FROM unnest(?::text[], ?::text[]) AS v(stream, hash) "
                        + "WHERE h.stream = v.stream", db.array("text", keys), db.array("text", hashes));
                return;
            }
            List<Object[]> rows = new java.util.ArrayList<>(heads.size());
            heads.forEach((stream, hash) -> rows.add(new Object[]{hash, stream(stream.objectType(), stream.objectId())}));
            db.batch("UPDATE sportello_audit_heads SET hash = ? WHERE stream = ?", rows);   // one round trip
        }

        /** New heads are plain inserts: a stream that has a head already fails on its key, a conflict. */
        @Override
        public void createHeads(Map<Stream, String> heads) {
            List<Object[]> rows = new java.util.ArrayList<>(heads.size());
            heads.forEach((stream, hash) -> rows.add(new Object[]{stream(stream.objectType(), stream.objectId()), hash}));
            db.batch("INSERT INTO sportello_audit_heads (stream, hash) VALUES (?, ?)", rows);
        }

        @Override
        public void moveHead(String objectType, String objectId, String hash) {
            db.update("UPDATE sportello_audit_heads SET hash = ? WHERE stream = ?", hash, stream(objectType, objectId));
        }

        @Override
        public Optional<String> findHead(String objectType, String objectId) {
            return db.one("SELECT hash FROM sportello_audit_heads WHERE stream = ?", rs -> rs.getString(1),
                    stream(objectType, objectId));
        }

        static String stream(String objectType, String objectId) {
            return objectType + "|" + objectId;
        }
    }

    static final class Closures implements ClosureStore {
        private final Db db;

        Closures(Db db) {
            this.db = db;
        }

        @Override
        public void add(Closure c) {
            try {
                db.update("INSERT INTO sportello_closures (office, closed_on, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                        c.office().value(), c.date(), c.reason(), c.createdBy().asText(), c.createdAt());
            } catch (JdbcFailure e) {
                if (e.isDuplicateKey()) {
                    throw SportelloException.of(ErrorCode.OFF_ALREADY_CLOSED,
                            Map.of("office", c.office().value(), "date", c.date().toString()));
                }
                throw e;
            }
        }

        /** An office's closures between two days, for {@link #closure}. */
        static final String BETWEEN = "SELECT office, closed_on, reason, created_by, created_at FROM sportello_closures "
                + "WHERE office = ? AND closed_on BETWEEN ? AND ? ORDER BY closed_on";

        @Override
        public List<Closure> between(OfficeCode office, LocalDate from, LocalDate to) {
            return db.query(BETWEEN, Closures::closure, office.value(), from, to);
        }

        static Closure closure(ResultSet rs) throws SQLException {
            return new Closure(new OfficeCode(rs.getString("office")), rs.getDate("closed_on").toLocalDate(),
                    rs.getString("reason"), PartyId.parse(rs.getString("created_by")), Db.instant(rs, "created_at"));
        }
    }

    static final class Engagement implements EngagementStore {
        private final Db db;

        Engagement(Db db) {
            this.db = db;
        }

        @Override
        public void increment(LocalDate day, MessageKind kind, String callToAction) {
            if (db.dialect == Dialect.POSTGRESQL) {
                db.update("INSERT INTO sportello_engagement (on_day, kind, call_to_action, tally) VALUES (?, ?, ?, 1) "
                        + "ON CONFLICT (on_day, kind, call_to_action) DO UPDATE SET tally = sportello_engagement.tally + 1",
                        day, kind.code(), callToAction);
                return;
            }
            db.update("MERGE INTO sportello_engagement t USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(64)), "
                    + "CAST(? AS VARCHAR(40)))) s (on_day, kind, call_to_action) ON t.on_day = s.on_day AND t.kind = s.kind "
                    + "AND t.call_to_action = s.call_to_action WHEN MATCHED THEN UPDATE SET tally = t.tally + 1 "
                    + "WHEN NOT MATCHED THEN INSERT (on_day, kind, call_to_action, tally) VALUES (s.on_day, s.kind, s.call_to_action, 1)",
                    day, kind.code(), callToAction);
        }

        @Override
        public List<EngagementTally> between(LocalDate from, LocalDate to) {
            return db.query("SELECT on_day, kind, call_to_action, tally FROM sportello_engagement WHERE on_day BETWEEN ? AND ? "
                    + "ORDER BY on_day, kind, call_to_action", rs -> new EngagementTally(rs.getDate("on_day").toLocalDate(),
                    new MessageKind(rs.getString("kind")), rs.getString("call_to_action"), rs.getLong("tally")), from, to);
        }
    }
}
