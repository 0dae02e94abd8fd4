package dev.sportello.users;

/**
 * The parties that use the counter (R-USR-1).
 *
 * <p>Thread-safe (an enum).
 */
public enum UserKind {
    /** A person, identified by a 16-character tax code. */
    CITIZEN,
    /** An employer, identified by its 11-digit tax code and its registration number. */
    COMPANY,
    /** A professional or organisation acting for companies or citizens under a mandate. */
    INTERMEDIARY
}
