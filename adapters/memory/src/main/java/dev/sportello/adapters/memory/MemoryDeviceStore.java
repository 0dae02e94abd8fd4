package dev.sportello.adapters.memory;

import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.spi.DeviceRecord;
import dev.sportello.notifications.spi.DeviceStore;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The device registry in memory, indexed by platform and token and by user. Part of a transaction. */
final class MemoryDeviceStore implements DeviceStore {
    /** Most recently seen first; ties by id, newest first (ids are time-ordered), as the JDBC store orders them. */
    private static final Comparator<DeviceRecord> NEWEST_FIRST = Comparator.comparing(DeviceRecord::lastSeenAt)
            .thenComparing(d -> d.id().toString()).reversed();
    private final MemoryData data;
    private final UndoLog undo;

    MemoryDeviceStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    private static String tokenKey(DevicePlatform platform, String token) {
        return platform.name() + ' ' + token;
    }

    @Override
    public Optional<DeviceRecord> find(DeviceId id) {
        return Optional.ofNullable(data.devices.get(id));
    }

    @Override
    public Optional<DeviceRecord> findByToken(DevicePlatform platform, String token) {
        return Optional.ofNullable(data.devicesByToken.get(tokenKey(platform, token))).map(data.devices::get);
    }

    @Override
    public List<DeviceRecord> forUser(UserId user) {
        return data.devicesByUser.getOrDefault(user, Map.of()).keySet().stream().map(data.devices::get)
                .sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<DeviceRecord> forUsers(Collection<UserId> users) {
        Set<UserId> distinct = new HashSet<>(users);
        return distinct.stream().flatMap(u -> data.devicesByUser.getOrDefault(u, Map.of()).keySet().stream())
                .map(data.devices::get).filter(DeviceRecord::active)
                .sorted(NEWEST_FIRST).toList();
    }

    @Override
    public void save(DeviceRecord record) {
        String key = tokenKey(record.platform(), record.token());
        DeviceId holder = data.devicesByToken.get(key);
        if (holder != null && !holder.equals(record.id())) {
            throw new IllegalStateException("another installation has this platform and token");
        }
        DeviceRecord previous = data.devices.get(record.id());
        if (previous != null) {
            if (!previous.user().equals(record.user())) {
                undo.remove(data.devicesByUser.get(previous.user()), record.id());
            }
            if (!tokenKey(previous.platform(), previous.token()).equals(key)) {
                undo.remove(data.devicesByToken, tokenKey(previous.platform(), previous.token()));
            }
        }
        undo.put(data.devices, record.id(), record);
        undo.put(data.devicesByToken, key, record.id());
        undo.put(UndoLog.child(undo, data.devicesByUser, record.user(), UndoLog::newMap), record.id(), Boolean.TRUE);
    }

    @Override
    public void retire(Collection<DeviceId> ids, Instant at, String reason) {
        for (DeviceId id : new HashSet<>(ids)) {
            DeviceRecord d = data.devices.get(id);
            if (d != null && d.active()) {
                undo.put(data.devices, id, new DeviceRecord(d.id(), d.user(), d.platform(), d.token(), d.registeredAt(),
                        d.lastSeenAt(), at, reason));
            }
        }
    }
}
