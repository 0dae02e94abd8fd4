package dev.sportello.notifications.spi;

import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The device registry: users' app installations for push notifications. Part of a transaction; not
 * thread-safe.
 */
public interface DeviceStore {
    /**
     * Reads an installation.
     *
     * @param id the installation, not null
     * @return it, if stored
     */
    Optional<DeviceRecord> find(DeviceId id);

    /**
     * Reads the installation of a platform's token, active or retired.
     *
     * @param platform the platform, not null
     * @param token    the token, not null
     * @return it, if stored
     */
    Optional<DeviceRecord> findByToken(DevicePlatform platform, String token);

    /**
     * The installations of a user, active and retired, most recently seen first.
     *
     * @param user the user, not null
     * @return them, never null
     */
    List<DeviceRecord> forUser(UserId user);

    /**
     * The active installations of some users (the recipients of a batch of pushes), in one read.
     *
     * @param users the users, not null
     * @return their active installations, in any order, never null
     */
    List<DeviceRecord> forUsers(Collection<UserId> users);

    /**
     * Stores an installation: inserts it, or replaces the one with its id. The platform and token stay
     * unique: storing a second record with another id and the same platform and token is an adapter
     * failure.
     *
     * @param record the installation, not null
     */
    void save(DeviceRecord record);

    /**
     * Retires installations that are still active; the others, and unknown ids, are left as they are.
     *
     * @param ids    the installations, not null
     * @param at     when, not null
     * @param reason why, not null
     */
    void retire(Collection<DeviceId> ids, Instant at, String reason);
}
