package dev.sportello.appointments;

/**
 * Where an appointment stands. BOOKED → (WAITING, video calls) → IN_PROGRESS → COMPLETED; BOOKED or
 * WAITING → CANCELLED; BOOKED → NO_SHOW after the grace period.
 *
 * <p>Thread-safe (an enum).
 */
public enum AppointmentStatus {
    /** Booked, not started. */
    BOOKED,
    /** The user entered the admission code and waits to be admitted. */
    WAITING,
    /** The operator admitted the user (or started the callback or the counter visit). */
    IN_PROGRESS,
    /** Done, with an outcome. */
    COMPLETED,
    /** Cancelled by the user, the office, or a closure of the office. */
    CANCELLED,
    /** The user did not show up within the grace period. */
    NO_SHOW;

    /** Whether the appointment still holds its seat. */
    public boolean active() {
        return this == BOOKED || this == WAITING || this == IN_PROGRESS;
    }
}
