package dev.sportello.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a message to one user on one channel (time-ordered UUID). It is also the
 * idempotency key handed to the channel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record MessageId(UUID value) {
    /** Checks the value. */
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static MessageId of(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
