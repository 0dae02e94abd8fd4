package dev.sportello.requests;

/**
 * Who sees an entry of a request's timeline.
 *
 * <p>Thread-safe (an enum).
 */
public enum Visibility {
    /** The user and the office (R-REQ-4: comments the user sees). */
    USER,
    /** Operators only: an internal note. */
    OFFICE_ONLY
}
