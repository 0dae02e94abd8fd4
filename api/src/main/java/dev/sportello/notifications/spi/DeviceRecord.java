package dev.sportello.notifications.spi;

import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.spi.Required;

import java.time.Instant;

/**
 * A stored app installation. At most one record per platform and token.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the token.
 *
 * @param id            the installation, not null
 * @param user          its user, not null
 * @param platform      the push platform, not null
 * @param token         the provider's token, not null
 * @param registeredAt  first registration, not null
 * @param lastSeenAt    last registration, not null
 * @param retiredAt     when it was retired, or null while active
 * @param retiredReason why, or null while active
 */
public record DeviceRecord(DeviceId id, UserId user, DevicePlatform platform, String token, Instant registeredAt,
                           Instant lastSeenAt, Instant retiredAt, String retiredReason) {
    /** Checks the components. */
    public DeviceRecord {
        Required.value(id, "DeviceRecord", "id");
        Required.value(user, "DeviceRecord", "user");
        Required.value(platform, "DeviceRecord", "platform");
        Required.value(token, "DeviceRecord", "token");
        Required.value(registeredAt, "DeviceRecord", "registeredAt");
        Required.value(lastSeenAt, "DeviceRecord", "lastSeenAt");
    }

    /** Whether pushes go to this installation. */
    public boolean active() {
        return retiredAt == null;
    }

    @Override
    public String toString() {
        return "DeviceRecord[" + id + ", " + platform + (active() ? ", active" : ", retired") + "]";
    }
}
