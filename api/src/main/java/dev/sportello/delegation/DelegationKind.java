package dev.sportello.delegation;

/**
 * Ways one party acts for another (R-DEL-1…3).
 *
 * <p>Thread-safe (an enum).
 */
public enum DelegationKind {
    /** A company's (or citizen's) mandate to an intermediary (R-DEL-3). */
    MANDATE,
    /** A person's delegation of their digital identity to a trusted person (R-DEL-2). */
    DIGITAL_IDENTITY,
    /** A parent acting for a minor (R-DEL-1); ends at the minor's 18th birthday at the latest. */
    PARENTAL_RESPONSIBILITY,
    /** A guardian acting for a person under guardianship (R-DEL-1). */
    GUARDIANSHIP
}
