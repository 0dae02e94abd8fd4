package dev.sportello.fragile;

/**
 * What a letter of the fragile-users channel carries.
 *
 * <p>Thread-safe (an enum).
 */
public enum LetterPurpose {
    /** The letter of enrolment or reissue: the personal code and the channels (R-USR-5). */
    PERSONAL_CODE,
    /** A document of the user's dossiers sent to their residence (R-USR-5). */
    DOCUMENT
}
