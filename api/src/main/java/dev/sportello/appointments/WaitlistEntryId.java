package dev.sportello.appointments;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a waitlist entry (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record WaitlistEntryId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public WaitlistEntryId {
        Uuids.require(value, "waitlist");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static WaitlistEntryId of(String text) {
        return new WaitlistEntryId(Uuids.parse(text, "waitlist"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "waitlist";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
