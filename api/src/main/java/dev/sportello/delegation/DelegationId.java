package dev.sportello.delegation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a delegation (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DelegationId(UUID value) {
    /** Checks the value. */
    public DelegationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static DelegationId of(String text) {
        return new DelegationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
