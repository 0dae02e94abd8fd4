package dev.sportello.appointments;

/**
 * Where a waitlist entry stands: WAITING → OFFERED → ACCEPTED, or back to the queue's next user when an
 * offer is declined or lapses.
 *
 * <p>Thread-safe (an enum).
 */
public enum WaitlistStatus {
    /** Waiting for a seat to free up. */
    WAITING,
    /** A freed seat is held for this user until the offer expires. */
    OFFERED,
    /** The user took the offered seat; the entry names the appointment. */
    ACCEPTED,
    /** The user declined the offer or left the waitlist. */
    LEFT,
    /** The offer lapsed unanswered. */
    EXPIRED,
    /** The day was closed or passed. */
    CANCELLED
}
