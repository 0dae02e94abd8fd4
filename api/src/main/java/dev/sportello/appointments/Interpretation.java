package dev.sportello.appointments;

/**
 * The interpreting an appointment needs (R-APT-6).
 *
 * <p>Thread-safe (an enum).
 */
public enum Interpretation {
    /** No interpreter. */
    NONE,
    /** An operator who signs Italian Sign Language (LIS); video calls only, for deaf users (R-USR-5 c). */
    SIGN_LANGUAGE
}
