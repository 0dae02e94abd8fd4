package dev.sportello.notifications;

import dev.sportello.UserId;

import java.time.Instant;

/**
 * An app installation of a user as the user sees it. The token is never shown back: only its last
 * characters, to tell installations apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id            the installation, not null
 * @param user          its user, not null
 * @param platform      the push platform, not null
 * @param tokenEnding   the last four characters of the token, not null
 * @param registeredAt  when it was first registered, not null
 * @param lastSeenAt    when it was last registered again (each app start may do it), not null
 * @param retiredAt     when it stopped receiving pushes, or null while active
 * @param retiredReason why it stopped (unregistered by the user, token declared invalid by the provider,
 *                      replaced by newer installations), or null while active
 */
public record DeviceView(DeviceId id, UserId user, DevicePlatform platform, String tokenEnding, Instant registeredAt,
                         Instant lastSeenAt, Instant retiredAt, String retiredReason) {

    /** Whether pushes go to this installation. */
    public boolean active() {
        return retiredAt == null;
    }
}
