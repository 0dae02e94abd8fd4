package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.notifications.DevicePlatform;

/**
 * One app installation a push goes to: its id in the device registry, its platform and its token.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the token.
 *
 * @param deviceId the installation's id as text (what a transport reports back in
 *                 {@code DeliveryResult} when the provider declares the token dead), not null
 * @param platform the platform, not null
 * @param token    the provider's token, not null
 */
public record PushTarget(String deviceId, DevicePlatform platform, String token) {
    /** Checks the components. */
    public PushTarget {
        Arguments.required(deviceId, "PushTarget", "deviceId");
        Arguments.required(platform, "PushTarget", "platform");
        Arguments.required(token, "PushTarget", "token");
    }

    @Override
    public String toString() {
        return "PushTarget[" + deviceId + ", " + platform + "]";
    }
}
