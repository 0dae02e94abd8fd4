package dev.sportello.fragile;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a letter posted through the fragile-users channel: a personal code or a document (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record LetterId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public LetterId {
        Uuids.require(value, "letter");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} for a text that is not a UUID
     */
    public static LetterId of(String text) {
        return new LetterId(Uuids.parse(text, "letter"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "letter";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
