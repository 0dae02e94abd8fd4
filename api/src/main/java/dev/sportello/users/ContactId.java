package dev.sportello.users;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a contact point (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ContactId(UUID value) implements AuditSubject {
    /** Checks that the value is not null. */
    public ContactId {
        Uuids.require(value, "contact");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static ContactId of(String text) {
        return new ContactId(Uuids.parse(text, "contact"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "contact";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
