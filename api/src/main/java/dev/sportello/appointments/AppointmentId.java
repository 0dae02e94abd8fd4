package dev.sportello.appointments;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an appointment (time-ordered UUID); also the stable UID of its calendar invitation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record AppointmentId(UUID value) {
    /** Checks the value. */
    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static AppointmentId of(String text) {
        return new AppointmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
