package dev.sportello.adapters.jdbc;

import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.spi.DeviceRecord;
import dev.sportello.notifications.spi.DeviceStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The device registry on a table; a token is found by a SHA-256 of platform and token. Part of a transaction. */
final class JdbcDeviceStore implements DeviceStore {
    private static final String COLUMNS = "id, user_id, platform, token, registered_at, last_seen_at, retired_at, "
            + "retired_reason";
    private static final String COLUMNS_WRITTEN = "id, user_id, platform, token, token_hash, registered_at, last_seen_at, "
            + "retired_at, retired_reason";
    private static final int CHUNK = 500;

    private final Db db;

    JdbcDeviceStore(Db db) {
        this.db = db;
    }

    static String tokenHash(DevicePlatform platform, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(platform.name().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static DeviceRecord device(ResultSet rs) throws SQLException {
        return new DeviceRecord(new DeviceId(Db.uuid(rs, "id")), new UserId(Db.uuid(rs, "user_id")),
                DevicePlatform.valueOf(rs.getString("platform")), rs.getString("token"), Db.instant(rs, "registered_at"),
                Db.instant(rs, "last_seen_at"), Db.instant(rs, "retired_at"), rs.getString("retired_reason"));
    }

    @Override
    public Optional<DeviceRecord> find(DeviceId id) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_devices WHERE id = ?", JdbcDeviceStore::device, id.value());
    }

    @Override
    public Optional<DeviceRecord> findByToken(DevicePlatform platform, String token) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_devices WHERE token_hash = ?", JdbcDeviceStore::device,
                tokenHash(platform, token)).filter(d -> d.platform() == platform && d.token().equals(token));
    }

    @Override
    public List<DeviceRecord> forUser(UserId user) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_devices WHERE user_id = ? ORDER BY last_seen_at DESC, id DESC",
                JdbcDeviceStore::device, user.value());
    }

    @Override
    public List<DeviceRecord> forUsers(Collection<UserId> users) {
        List<UUID> all = users.stream().map(UserId::value).distinct().toList();
        List<DeviceRecord> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            out.addAll(db.query("SELECT " + COLUMNS + " FROM sportello_devices WHERE user_id IN (" + in + ") "
                    + "AND retired_at IS NULL ORDER BY last_seen_at DESC, id DESC", JdbcDeviceStore::device, chunk.toArray()));
        }
        return out;
    }

    /** One statement, new or known installation: an upsert on the id (PostgreSQL {@code ON CONFLICT}, H2 {@code MERGE}). */
    @Override
    public void save(DeviceRecord d) {
        Object[] values = {d.id().value(), d.user().value(), d.platform(), d.token(), tokenHash(d.platform(), d.token()),
                d.registeredAt(), d.lastSeenAt(), d.retiredAt(), d.retiredReason()};
        if (db.dialect == Dialect.POSTGRESQL) {
            db.update("INSERT INTO sportello_devices (" + COLUMNS_WRITTEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform, "
                    + "token = EXCLUDED.token, token_hash = EXCLUDED.token_hash, registered_at = EXCLUDED.registered_at, "
                    + "last_seen_at = EXCLUDED.last_seen_at, retired_at = EXCLUDED.retired_at, "
                    + "retired_reason = EXCLUDED.retired_reason", values);
        } else {
            db.update("MERGE INTO sportello_devices (" + COLUMNS_WRITTEN + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values);
        }
    }

    @Override
    public void retire(Collection<DeviceId> ids, Instant at, String reason) {
        List<Object[]> rows = new ArrayList<>();
        for (DeviceId id : new LinkedHashSet<>(ids)) {
            rows.add(new Object[] {at, reason, id.value()});
        }
        db.batch("UPDATE sportello_devices SET retired_at = ?, retired_reason = ? WHERE id = ? AND retired_at IS NULL", rows);
    }
}
