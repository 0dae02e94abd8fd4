package dev.sportello.appointments;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of an appointment (time-ordered UUID); also the stable UID of its calendar invitation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record AppointmentId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public AppointmentId {
        Uuids.require(value, "appointment");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static AppointmentId of(String text) {
        return new AppointmentId(Uuids.parse(text, "appointment"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "appointment";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
