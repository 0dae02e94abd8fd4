package dev.sportello;

/**
 * eIDAS levels of assurance, ordered from weakest to strongest.
 *
 * <p>Thread-safe (an enum).
 */
public enum AssuranceLevel {
    /** eIDAS low: SPID level 1, institution username and password. */
    LOW,
    /** eIDAS substantial: SPID level 2, CNS, institutional PIN. */
    SUBSTANTIAL,
    /** eIDAS high: SPID level 3, CIE. */
    HIGH;

    /**
     * Whether this level satisfies a minimum.
     *
     * @param minimum the required level, not null
     * @return true if this level is the minimum or stronger
     */
    public boolean isAtLeast(AssuranceLevel minimum) {
        Arguments.required(minimum, "AssuranceLevel", "minimum");
        return compareTo(minimum) >= 0;
    }
}
