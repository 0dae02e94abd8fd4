package dev.sportello.adapters.jdbc;

import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Delegations on one table. The scope is kept as operation names separated by commas and the lifecycle as
 * {@code status,at,actor,reason} steps separated by semicolons (a delegation has three at most); rows from
 * before V11 hold NULL in both, read as the kind's full ceiling and as the history they had (see the
 * migration).
 */
final class JdbcDelegationStore implements DelegationStore {
    private static final String COLUMNS = "id, kind, delegator, delegate, valid_from, valid_until, revoked_at, "
            + "created_by, created_at, version, status, scope, lifecycle, acceptance_code_hash, accept_by, attempts_left";
    private static final PartyId MIGRATION = new ServiceId("sportello-migration");
    private final Db db;

    JdbcDelegationStore(Db db) {
        this.db = db;
    }

    @Override
    public void insert(DelegationRecord d) {
        db.update("INSERT INTO sportello_delegations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id().value(), d.kind(), d.delegator().value(), d.delegate().value(), d.validFrom(), d.validUntil(),
                d.revokedAt(), d.createdBy().asText(), d.createdAt(), d.version(), d.status(), scope(d.scope()),
                lifecycle(d.lifecycle()), d.acceptanceCodeHash(), d.acceptBy(), d.attemptsLeft());
    }

    @Override
    public void update(DelegationRecord d, long expectedVersion) {
        int rows = db.update("UPDATE sportello_delegations SET valid_from = ?, valid_until = ?, revoked_at = ?, version = ?, "
                + "status = ?, scope = ?, lifecycle = ?, acceptance_code_hash = ?, accept_by = ?, attempts_left = ? "
                + "WHERE id = ? AND version = ?", d.validFrom(), d.validUntil(), d.revokedAt(), d.version(), d.status(),
                scope(d.scope()), lifecycle(d.lifecycle()), d.acceptanceCodeHash(), d.acceptBy(), d.attemptsLeft(),
                d.id().value(), expectedVersion);
        if (rows == 0) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "delegation",
                    "objectId", d.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
    }

    @Override
    public Optional<DelegationRecord> find(DelegationId id) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_delegations WHERE id = ?", JdbcDelegationStore::delegation,
                id.value());
    }

    @Override
    public List<DelegationRecord> findValid(UserId delegator, UserId delegate, Instant at) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_delegations WHERE delegator = ? AND delegate = ? "
                + "AND status = 'ACTIVE' AND valid_from <= ? AND valid_until > ? ORDER BY id",
                JdbcDelegationStore::delegation, delegator.value(), delegate.value(), at, at);
    }

    @Override
    public List<DelegationRecord> involving(UserId user) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_delegations WHERE delegator = ? OR delegate = ? "
                + "ORDER BY id DESC", JdbcDelegationStore::delegation, user.value(), user.value());
    }

    @Override
    public List<DelegationRecord> between(UserId delegator, UserId delegate) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_delegations WHERE delegator = ? AND delegate = ? ORDER BY id",
                JdbcDelegationStore::delegation, delegator.value(), delegate.value());
    }

    @Override
    public Page<DelegationRecord> activeForDelegate(UserId delegate, Instant now, PageRequest page) {
        return active("delegate", delegate, now, page);
    }

    @Override
    public Page<DelegationRecord> activeForDelegator(UserId delegator, Instant now, PageRequest page) {
        return active("delegator", delegator, now, page);
    }

    /** One page of a party's active delegations; {@code column} is one of two constants, never input. */
    private Page<DelegationRecord> active(String column, UserId user, Instant now, PageRequest page) {
        UUID after = Cursors.after(page.cursor());
        String sql = "SELECT " + COLUMNS + " FROM sportello_delegations WHERE " + column + " = ? AND status = 'ACTIVE' "
                + "AND valid_until > ?" + (after == null ? "" : " AND id > ?") + " ORDER BY id LIMIT ?";
        List<DelegationRecord> rows = after == null
                ? db.query(sql, JdbcDelegationStore::delegation, user.value(), now, page.size() + 1)
                : db.query(sql, JdbcDelegationStore::delegation, user.value(), now, after, page.size() + 1);
        return JdbcPages.of(rows, page.size(), d -> d.id().toString());
    }

    private static String scope(Set<Operation> scope) {
        return scope.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String lifecycle(List<DelegationTransition> lifecycle) {
        return lifecycle.stream().map(t -> t.status() + "," + t.at() + "," + t.by().asText() + ","
                + (t.reason() == null ? "" : t.reason().name())).collect(Collectors.joining(";"));
    }

    private static DelegationRecord delegation(ResultSet rs) throws SQLException {
        try {
            return read(rs);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            // a kind, status, operation or reason this version does not know, or a damaged lifecycle
            throw SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, Map.of("type", "DelegationRecord",
                    "field", "kind, status, scope or lifecycle"));
        }
    }

    private static DelegationRecord read(ResultSet rs) throws SQLException {
        DelegationKind kind = DelegationKind.valueOf(rs.getString("kind"));
        PartyId createdBy = PartyId.parse(rs.getString("created_by"));
        Instant createdAt = Db.instant(rs, "created_at");
        Instant revokedAt = Db.instant(rs, "revoked_at");
        String scope = rs.getString("scope");
        String lifecycle = rs.getString("lifecycle");
        return DelegationRecord.builder().id(new DelegationId(Db.uuid(rs, "id"))).kind(kind)
                .delegator(new UserId(Db.uuid(rs, "delegator"))).delegate(new UserId(Db.uuid(rs, "delegate")))
                .validFrom(Db.instant(rs, "valid_from")).validUntil(Db.instant(rs, "valid_until")).revokedAt(revokedAt)
                .createdBy(createdBy).createdAt(createdAt).version(rs.getLong("version"))
                .status(DelegationStatus.valueOf(rs.getString("status")))
                .scope(scope == null ? kind.operations() : readScope(scope))
                .lifecycle(lifecycle == null ? legacy(createdBy, createdAt, revokedAt) : readLifecycle(lifecycle))
                .acceptanceCodeHash(rs.getString("acceptance_code_hash")).acceptBy(Db.instant(rs, "accept_by"))
                .attemptsLeft(rs.getInt("attempts_left")).build();
    }

    private static Set<Operation> readScope(String text) {
        Set<Operation> scope = EnumSet.noneOf(Operation.class);
        for (String name : text.split(",")) {
            if (!name.isEmpty()) {
                scope.add(Operation.valueOf(name));
            }
        }
        return scope;
    }

    private static List<DelegationTransition> readLifecycle(String text) {
        List<DelegationTransition> steps = new ArrayList<>();
        for (String step : text.split(";")) {
            if (step.isEmpty()) {
                continue;
            }
            String[] f = step.split(",", -1);
            steps.add(new DelegationTransition(DelegationStatus.valueOf(f[0]), Instant.parse(f[1]), PartyId.parse(f[2]),
                    f[3].isEmpty() ? null : ExpiryReason.valueOf(f[3])));
        }
        return steps;
    }

    /** The history of a row written before V11: granted active at once, perhaps revoked. */
    private static List<DelegationTransition> legacy(PartyId createdBy, Instant createdAt, Instant revokedAt) {
        List<DelegationTransition> steps = new ArrayList<>();
        steps.add(new DelegationTransition(DelegationStatus.ACTIVE, createdAt, createdBy, null));
        if (revokedAt != null) {
            steps.add(new DelegationTransition(DelegationStatus.REVOKED, revokedAt, MIGRATION, null));
        }
        return steps;
    }
}
