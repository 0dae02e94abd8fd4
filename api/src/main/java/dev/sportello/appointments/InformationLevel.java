package dev.sportello.appointments;

/**
 * The depth of information a topic gives (R-APT-2).
 *
 * <p>Thread-safe (an enum).
 */
public enum InformationLevel {
    /** General information, open to everyone. */
    FIRST,
    /** Information on a specific position; for intermediaries and users of the two-way drawers only. */
    SECOND
}
