package dev.sportello.offices;

/**
 * Skills that decide which operator may serve an appointment (R-APT-6) or the fragile-users channel (R-USR-5).
 *
 * <p>Thread-safe (an enum).
 */
public enum Skill {
    /** Italian Sign Language (LIS) for video calls with deaf users. */
    SIGN_LANGUAGE,
    /** Serves the fragile-users channel (R-USR-5): enrolments, its phone line and callbacks. */
    FRAGILE_CHANNEL
}
