package dev.sportello.notifications;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers an app installation of a user for push notifications, or refreshes it: the same platform and
 * token again updates when it was last seen (and moves it to this user, if another user had it: a
 * token reaches one installation, and the last sign-in on it wins).
 *
 * <p>Immutable and thread-safe.
 *
 * @param user     the user, required
 * @param platform the push platform, required
 * @param token    the provider's token for the installation: 8–4096 printable ASCII characters (FCM and
 *                 APNs tokens, a Web Push subscription), required; stored as given, never shown back
 */
public record RegisterDevice(@NotNull UserId user, @NotNull DevicePlatform platform,
                             @NotNull @Size(min = 8, max = 4096) @Pattern(regexp = "[\\x21-\\x7E]+") String token) {

    @Override
    public String toString() {
        return "RegisterDevice[" + user + ", " + platform + "]";
    }
}
