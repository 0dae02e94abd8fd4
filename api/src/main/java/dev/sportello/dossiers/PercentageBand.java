package dev.sportello.dossiers;

/**
 * The band of an invalidity percentage, at the thresholds the law attaches benefits to: what an attestation
 * of the status shows instead of the exact percentage (minimal data).
 *
 * <p>Thread-safe (an enum).
 */
public enum PercentageBand {
    /** The kind has no percentage (handicap under Law 104/1992). */ NONE,
    /** 0–33 %: no benefit attached to the percentage. */ BELOW_34,
    /** 34–45 %: prosthetics and aids. */ FROM_34_TO_45,
    /** 46–66 %: targeted employment lists. */ FROM_46_TO_66,
    /** 67–73 %: exemptions from health charges. */ FROM_67_TO_73,
    /** 74–99 %: the monthly allowance. */ FROM_74_TO_99,
    /** 100 %: total invalidity. */ TOTAL;

    /**
     * The band of a percentage.
     *
     * @param percentage 0–100, or null for none
     * @return the band; never null
     * @throws dev.sportello.InvalidInputException with {@code MED_PERCENTAGE_OUT_OF_RANGE} outside 0–100
     */
    public static PercentageBand of(Integer percentage) {
        if (percentage == null) {
            return NONE;
        }
        if (percentage < 0 || percentage > 100) {
            throw dev.sportello.SportelloException.invalidField(dev.sportello.ErrorCode.MED_PERCENTAGE_OUT_OF_RANGE,
                    "percentage", java.util.Map.of("percentage", Integer.toString(percentage)));
        }
        if (percentage == 100) {
            return TOTAL;
        }
        return percentage >= 74 ? FROM_74_TO_99 : percentage >= 67 ? FROM_67_TO_73 : percentage >= 46 ? FROM_46_TO_66
                : percentage >= 34 ? FROM_34_TO_45 : BELOW_34;
    }
}
