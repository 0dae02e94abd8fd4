package dev.sportello.appointments;

/**
 * How the user meets the office (R-APT-1).
 *
 * <p>Thread-safe (an enum).
 */
public enum ContactMode {
    /** At the office's counter. */
    IN_PERSON,
    /** The office calls the user's verified mobile number. */
    PHONE_CALLBACK,
    /** A web meeting; needs PIN, SPID (level 2 or higher), CNS or CIE, and gives an admission code. */
    VIDEO_CALL
}
