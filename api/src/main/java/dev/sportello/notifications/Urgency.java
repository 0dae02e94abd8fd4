package dev.sportello.notifications;

/**
 * Whether a message may wait for the end of SMS quiet hours.
 *
 * <p>Thread-safe (an enum).
 */
public enum Urgency {
    /** SMS outside quiet hours only. */
    NORMAL,
    /** Sent at once, even in quiet hours (the answer to the user's own action, a code). */
    URGENT
}
