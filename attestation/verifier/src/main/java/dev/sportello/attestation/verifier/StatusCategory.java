package dev.sportello.attestation.verifier;

/**
 * The attested status, by its code on the wire (claim key 6 of the attestation). Never a diagnosis.
 * Immutable; thread-safe.
 */
public enum StatusCategory {
    /** Invalidità civile. */
    CIVIL_INVALIDITY(1),
    /** Sordità (deafness). */
    DEAFNESS(2),
    /** Cecità civile (blindness). */
    BLINDNESS(3),
    /** Handicap under Law 104/1992. */
    HANDICAP_L104(4),
    /** Disability under Law 68/1999 (targeted employment). */
    DISABILITY_L68(5);

    private final int code;

    StatusCategory(int code) {
        this.code = code;
    }

    /** The code on the wire. */
    public int code() {
        return code;
    }

    /** The category with this code, or null. */
    public static StatusCategory ofCode(long code) {
        for (StatusCategory c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
