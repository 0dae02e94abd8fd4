package dev.sportello.requests;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a stored archive of attachments (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ArchiveId(UUID value) {
    /** Checks the value. */
    public ArchiveId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static ArchiveId of(String text) {
        return new ArchiveId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
