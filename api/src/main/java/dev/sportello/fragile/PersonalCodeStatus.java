package dev.sportello.fragile;

/**
 * Whether a user's personal code identifies them on the phone (R-USR-5).
 *
 * <p>Thread-safe (an enum).
 */
public enum PersonalCodeStatus {
    /** Issued and usable. */
    ACTIVE,
    /** Too many wrong codes were entered: only a reissued code identifies the user again. */
    LOCKED,
    /** Revoked by the channel staff (lost, disclosed): only a reissued code identifies the user again. */
    REVOKED
}
