package dev.sportello.appointments;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a waitlist entry (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record WaitlistEntryId(UUID value) {
    /** Checks the value. */
    public WaitlistEntryId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static WaitlistEntryId of(String text) {
        return new WaitlistEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
