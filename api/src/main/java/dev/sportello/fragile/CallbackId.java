package dev.sportello.fragile;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a callback of the fragile-users phone line (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record CallbackId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public CallbackId {
        Uuids.require(value, "callback");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} for a text that is not a UUID
     */
    public static CallbackId of(String text) {
        return new CallbackId(Uuids.parse(text, "callback"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "callback";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
