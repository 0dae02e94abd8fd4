package dev.sportello.users;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a contact point (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ContactId(UUID value) {
    /** Checks that the value is not null. */
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static ContactId of(String text) {
        return new ContactId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
