package dev.sportello.attestation.verifier;

/**
 * The band of the recognised percentage, never the exact figure: the bands are the thresholds at which Italian law
 * grants something (34% aids, 46% targeted employment, 67% exemptions, 74% monthly allowance, 100% pension).
 * On the wire (claim key 7 of the attestation) a band is its lower bound. Immutable; thread-safe.
 */
public enum PercentageBand {
    /** 0-33%. */
    FROM_0(0, 33),
    /** 34-45%. */
    FROM_34(34, 45),
    /** 46-66%. */
    FROM_46(46, 66),
    /** 67-73%. */
    FROM_67(67, 73),
    /** 74-99%. */
    FROM_74(74, 99),
    /** 100%. */
    FULL(100, 100);

    private final int lowest;
    private final int highest;

    PercentageBand(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The lowest percentage of the band (its code on the wire). */
    public int lowest() {
        return lowest;
    }

    /** The highest percentage of the band. */
    public int highest() {
        return highest;
    }

    /**
     * The band a percentage falls in.
     *
     * @throws AttestationFormatException {@code ATTESTATION_INVALID_VALUE} outside 0-100
     */
    public static PercentageBand of(int percentage) {
        for (PercentageBand b : values()) {
            if (percentage >= b.lowest && percentage <= b.highest) {
                return b;
            }
        }
        throw Check.invalid("percentage", "a percentage is 0-100");
    }

    /** The band whose code (lowest percentage) this is, or null. */
    public static PercentageBand ofCode(long code) {
        for (PercentageBand b : values()) {
            if (b.lowest == code) {
                return b;
            }
        }
        return null;
    }
}
