package dev.sportello.offices;

/**
 * Skills that decide which operator may serve an appointment (R-APT-6).
 *
 * <p>Thread-safe (an enum).
 */
public enum Skill {
    /** Italian Sign Language (LIS) for video calls with deaf users. */
    SIGN_LANGUAGE
}
