package dev.sportello.adapters.jdbc;

import dev.sportello.OutboxBacklog;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox on a table. PostgreSQL claims with one {@code UPDATE … WHERE id IN (SELECT … FOR UPDATE
 * SKIP LOCKED) RETURNING}; H2 locks with {@code FOR UPDATE SKIP LOCKED} and updates in a second step.
 * H2 can apply the row limit before it skips rows another open claim has updated, so a racing claim can
 * come back short or empty although work is due; the dispatcher simply claims again on its next poll.
 */
final class JdbcOutboxStore implements OutboxStore {
    static final String COLUMNS = "id, kind, type, payload, due_at, cancel_key, status, attempts, last_error, "
            + "lease_token, lease_until, created_at, updated_at";
    final Db db;

    JdbcOutboxStore(Db db) {
        this.db = db;
    }

    @Override
    public void appendAll(List<OutboxEntry> entries) {
        db.batch("INSERT INTO sportello_outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream().map(JdbcOutboxStore::row).toList());
    }

    /** The parameters of an entry's row, in {@link #COLUMNS} order. */
    static Object[] row(OutboxEntry e) {
        return new Object[]{UUID.fromString(e.id()), e.kind(), e.type(), FlatCodec.encode(e.payload()), e.dueAt(),
            e.cancelKey(), e.status(), e.attempts(), e.lastError(), e.leaseToken(), e.leaseUntil(), e.createdAt(),
            e.updatedAt()};
    }

    @Override
    public List<OutboxEntry> claim(Instant now, int limit, String leaseToken, Instant leaseUntil) {
        List<OutboxEntry> claimed = new ArrayList<>(claimWhere("status = 'PENDING' AND due_at <= ?",
                "due_at, id", now, limit, leaseToken, leaseUntil));
        if (claimed.size() < limit) {
            claimed.addAll(claimWhere("status = 'IN_FLIGHT' AND lease_until < ?", "lease_until, id", now,
                    limit - claimed.size(), leaseToken, leaseUntil));
        }
        return claimed;
    }

    private List<OutboxEntry> claimWhere(String condition, String order, Instant now, int limit, String token, Instant until) {
        List<OutboxEntry> rows;
        if (db.dialect == Dialect.POSTGRESQL) {
            rows = db.query("UPDATE sportello_outbox SET status = 'IN_FLIGHT', lease_token = ?, lease_until = ?, updated_at = ? "
                            + "WHERE id IN (SELECT id FROM sportello_outbox WHERE " + condition + " ORDER BY " + order
                            + " LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                    JdbcOutboxStore::entry, token, until, now, now, limit);
        } else {
            List<UUID> ids = db.query("SELECT id FROM sportello_outbox WHERE " + condition + " ORDER BY " + order
                    + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED", rs -> Db.uuid(rs, "id"), now, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            List<Object> params = new ArrayList<>(List.of(token, until, now));
            params.addAll(ids);
            db.update("UPDATE sportello_outbox SET status = 'IN_FLIGHT', lease_token = ?, lease_until = ?, updated_at = ? "
                    + "WHERE id IN (" + in + ")", params.toArray());
            rows = db.query("SELECT " + COLUMNS + " FROM sportello_outbox WHERE id IN (" + in + ")",
                    JdbcOutboxStore::entry, ids.toArray());
        }
        List<OutboxEntry> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(OutboxEntry::dueAt).thenComparing(OutboxEntry::id));
        return sorted;
    }

    @Override
    public List<String> complete(List<OutboxCompletion> completions, Instant now) {
        if (completions.isEmpty()) {
            return List.of();
        }
        if (db.dialect == Dialect.POSTGRESQL) {
            return completeAtOnce(completions, now);
        }
        List<Object[]> rows = new ArrayList<>(completions.size());
        for (OutboxCompletion c : completions) {
            rows.add(new Object[]{c.status(), c.attempts(), c.dueAt(), c.lastError(), c.dropPayload() ? "" : null, now,
                UUID.fromString(c.id()), c.leaseToken()});
        }
        int[] counts = db.batch("UPDATE sportello_outbox SET status = ?, attempts = ?, due_at = ?, last_error = ?, "
                + "payload = COALESCE(?, payload), lease_token = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ? AND status = 'IN_FLIGHT' AND lease_token = ?", rows);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                applied.add(completions.get(i).id());
            }
        }
        return applied;
    }

    /**
     * PostgreSQL: completions that share their values (in a batch, nearly all do) are applied with one
     * {@code = ANY(?)} statement per group; the returned ids tell which leases still held. The token is
     * unique per claim and cleared on completion, so it alone says the claim is live; leaving the status
     * out keeps the plan on the primary key rather than the in-flight partial index, which fills with dead
     * entries during a busy run. Only a retry moves {@code due_at}.
     */
    private List<String> completeAtOnce(List<OutboxCompletion> completions, Instant now) {
        record Group(OutboxStatus status, int attempts, String lastError, boolean drop, String token, Instant due) {
        }
        Map<Group, List<UUID>> groups = new LinkedHashMap<>();
        for (OutboxCompletion c : completions) {
            Instant due = c.status() == OutboxStatus.PENDING ? c.dueAt() : null;
            groups.computeIfAbsent(new Group(c.status(), c.attempts(), c.lastError(), c.dropPayload(), c.leaseToken(), due),
                    g -> new ArrayList<>()).add(UUID.fromString(c.id()));
        }
        List<String> applied = new ArrayList<>();
        for (Map.Entry<Group, List<UUID>> e : groups.entrySet()) {
            Group g = e.getKey();
            List<Object> params = new ArrayList<>(List.of(g.status(), g.attempts()));
            params.add(g.lastError());
            StringBuilder sql = new StringBuilder("UPDATE sportello_outbox SET status = ?, attempts = ?, last_error = ?");
            if (g.due() != null) {
                sql.append(", due_at = ?");
                params.add(g.due());
            }
            if (g.drop()) {
                sql.append(", payload = ''");
            }
            sql.append(", lease_token = NULL, lease_until = NULL, updated_at = ? WHERE id = ANY(?) AND lease_token = ? RETURNING id");
            params.add(now);
            params.add(db.array("uuid", e.getValue().toArray()));
            params.add(g.token());
            applied.addAll(db.query(sql.toString(), rs -> Db.uuid(rs, "id").toString(), params.toArray()));
        }
        return applied;
    }

    @Override
    public OutboxBacklog findBacklog(Instant now) {
        return db.one("SELECT COUNT(*) AS pending, COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0) AS due, "
                + "MIN(CASE WHEN due_at <= ? THEN due_at END) AS oldest FROM sportello_outbox WHERE status = 'PENDING'",
                rs -> new OutboxBacklog(rs.getLong("pending"), rs.getLong("due"), Db.instant(rs, "oldest")), now, now)
                .orElseThrow();
    }

    @Override
    public Optional<OutboxEntry> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return db.one("SELECT " + COLUMNS + " FROM sportello_outbox WHERE id = ?", JdbcOutboxStore::entry, uuid);
    }

    @Override
    public Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        UUID after = Cursors.after(page.cursor());
        List<OutboxEntry> rows = after == null
                ? db.query("SELECT " + COLUMNS + " FROM sportello_outbox WHERE status = ? ORDER BY id LIMIT ?",
                        JdbcOutboxStore::entry, status, page.size() + 1)
                : db.query("SELECT " + COLUMNS + " FROM sportello_outbox WHERE status = ? AND id > ? ORDER BY id LIMIT ?",
                        JdbcOutboxStore::entry, status, after, page.size() + 1);
        return JdbcPages.of(rows, page.size(), OutboxEntry::id);
    }

    @Override
    public boolean redrive(String id, Instant now) {
        return find(id).isPresent() && db.update("UPDATE sportello_outbox SET status = 'PENDING', attempts = 0, due_at = ?, "
                + "updated_at = ? WHERE id = ? AND status = 'DEAD'", now, now, UUID.fromString(id)) == 1;
    }

    @Override
    public Optional<OutboxEntry> cancelEntry(String id, Instant now) {
        Optional<OutboxEntry> entry = find(id).filter(e -> e.status() == OutboxStatus.PENDING);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        int rows = db.update("UPDATE sportello_outbox SET status = 'CANCELLED', payload = '', updated_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", now, UUID.fromString(id));
        return rows == 1 ? entry : Optional.empty();
    }

    @Override
    public List<OutboxEntry> cancel(String cancelKey, Instant now) {
        List<OutboxEntry> pending = db.query("SELECT " + COLUMNS + " FROM sportello_outbox WHERE cancel_key = ? "
                + "AND status = 'PENDING' FOR UPDATE", JdbcOutboxStore::entry, cancelKey);
        if (!pending.isEmpty()) {
            db.update("UPDATE sportello_outbox SET status = 'CANCELLED', payload = '', updated_at = ? "
                    + "WHERE cancel_key = ? AND status = 'PENDING'", now, cancelKey);
        }
        return pending;
    }

    static OutboxEntry entry(ResultSet rs) throws SQLException {
        return OutboxEntry.builder().id(Db.uuid(rs, "id").toString()).kind(OutboxKind.valueOf(rs.getString("kind")))
                .type(rs.getString("type")).payload(FlatCodec.decode(rs.getString("payload"))).dueAt(Db.instant(rs, "due_at"))
                .cancelKey(rs.getString("cancel_key")).status(OutboxStatus.valueOf(rs.getString("status")))
                .attempts(rs.getInt("attempts")).lastError(rs.getString("last_error")).leaseToken(rs.getString("lease_token"))
                .leaseUntil(Db.instant(rs, "lease_until")).createdAt(Db.instant(rs, "created_at"))
                .updatedAt(Db.instant(rs, "updated_at")).build();
    }
}
