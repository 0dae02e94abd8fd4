package dev.sportello.users;

/**
 * Kinds of contact point that must be verified before use (R-USR-3).
 *
 * <p>Thread-safe (an enum).
 */
public enum ContactKind {
    /** A mobile phone number, for SMS. */
    MOBILE,
    /** An e-mail address. */
    EMAIL
}
