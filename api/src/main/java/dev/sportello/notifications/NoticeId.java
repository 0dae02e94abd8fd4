package dev.sportello.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an inbox notice (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record NoticeId(UUID value) {
    /** Checks the value. */
    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static NoticeId of(String text) {
        return new NoticeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
