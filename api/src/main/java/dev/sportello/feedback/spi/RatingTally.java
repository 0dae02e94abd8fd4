package dev.sportello.feedback.spi;

import dev.sportello.feedback.FeedbackArea;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.YearMonth;

/**
 * How many ratings one area, office and month has, and their sum; the core suppresses small counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area   the area, not null
 * @param office the office, or null for ratings with no office
 * @param month  the month, not null
 * @param count  how many ratings, at least 1
 * @param sum    the sum of their ratings
 */
public record RatingTally(FeedbackArea area, OfficeCode office, YearMonth month, long count, long sum) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} for a null area or month
     */
    public RatingTally {
        Required.value(area, "RatingTally", "area");
        Required.value(month, "RatingTally", "month");
    }
}
