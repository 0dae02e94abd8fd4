package dev.sportello.requests;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a request (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record RequestId(UUID value) {
    /** Checks the value. */
    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static RequestId of(String text) {
        return new RequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
