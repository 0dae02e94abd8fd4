package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.UserId;

import java.util.List;
import java.util.Map;

/**
 * A rendered push notification for a {@link PushChannel}, with the recipient's active app installations
 * from the SDK's device registry. When {@code targets} is empty (the user registered none through the
 * SDK), an integrator's push service that keeps its own registry maps the user to their installations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey the message id, not null
 * @param recipient      the user, not null
 * @param title          the title, not null
 * @param body           the text, not null
 * @param data           ids for the app to open the right screen, not null
 * @param targets        the user's active installations, not null, possibly empty
 */
public record PushMessage(String idempotencyKey, UserId recipient, String title, String body, Map<String, String> data,
                          List<PushTarget> targets) {
    /** Checks and copies the components. */
    public PushMessage {
        Arguments.required(idempotencyKey, "PushMessage", "idempotencyKey");
        Arguments.required(recipient, "PushMessage", "recipient");
        Arguments.required(title, "PushMessage", "title");
        Arguments.required(body, "PushMessage", "body");
        data = Arguments.map(data, "PushMessage", "data");
        targets = Arguments.list(targets, "PushMessage", "targets");
    }

    /**
     * A push without targets (the form of SPI 1.0: the integrator's push service finds the installations).
     *
     * @param idempotencyKey the message id, not null
     * @param recipient      the user, not null
     * @param title          the title, not null
     * @param body           the text, not null
     * @param data           ids for the app, not null
     */
    public PushMessage(String idempotencyKey, UserId recipient, String title, String body, Map<String, String> data) {
        this(idempotencyKey, recipient, title, body, data, List.of());
    }

    @Override
    public String toString() {
        return "PushMessage[" + idempotencyKey + ", to " + recipient + ", " + targets.size() + " target(s)]";
    }
}
