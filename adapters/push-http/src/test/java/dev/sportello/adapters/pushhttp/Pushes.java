package dev.sportello.adapters.pushhttp;

import dev.sportello.UserId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test messages and installations. Thread-safe (stateless). */
final class Pushes {
    static final String BEARER = "ya29.secret-bearer-1";
    static final PushTarget ANDROID = new PushTarget("dev-android", DevicePlatform.ANDROID, "fcm-token-android-0001");
    static final PushTarget IPHONE = new PushTarget("dev-iphone", DevicePlatform.IOS, "fcm-token-iphone-0002");
    static final PushTarget BROWSER = new PushTarget("dev-browser", DevicePlatform.WEB, "fcm-token-browser-0003");

    private Pushes() {
    }

    static PushMessage push(String key, PushTarget... targets) {
        return new PushMessage(key, UserId.of("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e"), "Pratica aggiornata",
                "La sua pratica è cambiata.", Map.of("kind", "REQUEST_STATUS", "request", "r-1"), List.of(targets));
    }

    /** A result's reason names no token, no device id and no text of the message. */
    static void assertNoPersonalData(DeliveryResult result) {
        String reason = result instanceof DeliveryResult.Refused r ? r.reason()
                : result instanceof DeliveryResult.Failed f ? f.reason() : "";
        assertThat(reason).doesNotContain(BEARER, "fcm-token", "dev-", "Pratica", "pratica", "r-1");
    }
}
