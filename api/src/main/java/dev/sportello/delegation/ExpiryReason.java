package dev.sportello.delegation;

/**
 * Why a delegation expired, as its lifecycle shows it.
 *
 * <p>Thread-safe (an enum).
 */
public enum ExpiryReason {
    /** The end of its validity period came. */
    VALIDITY_ENDED,
    /** The delegate did not accept it before the acceptance deadline. */
    NOT_ACCEPTED_IN_TIME,
    /** Parental responsibility: the minor turned 18 (R-DEL-1). */
    CAME_OF_AGE
}
