package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.UserId;

import java.util.Map;

/**
 * A rendered push notification for a {@link PushChannel}; the integrator's push service maps the
 * user to their app installations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey the message id, not null
 * @param recipient      the user, not null
 * @param title          the title, not null
 * @param body           the text, not null
 * @param data           ids for the app to open the right screen, not null
 */
public record PushMessage(String idempotencyKey, UserId recipient, String title, String body, Map<String, String> data) {
    /** Checks and copies the components. */
    public PushMessage {
        Arguments.required(idempotencyKey, "PushMessage", "idempotencyKey");
        Arguments.required(recipient, "PushMessage", "recipient");
        Arguments.required(title, "PushMessage", "title");
        Arguments.required(body, "PushMessage", "body");
        data = Arguments.map(data, "PushMessage", "data");
    }
}
