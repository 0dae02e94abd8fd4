package dev.sportello.feedback;

import dev.sportello.Arguments;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.offices.OfficeCode;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The ratings of one area, office and month, with the same small-cell suppression as the engagement figures
 * (R-NOT-4): a count below the threshold is {@link EngagementCount.Suppressed} and its average is not given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area    the area, not null
 * @param office  the office, or null for ratings with no known office
 * @param month   the month (Europe/Rome), not null
 * @param ratings how many ratings, exact or suppressed, not null
 * @param average their mean to two decimals (half-even), or null when the count is suppressed
 */
public record RatingFigures(FeedbackArea area, OfficeCode office, YearMonth month, EngagementCount ratings,
                            BigDecimal average) {
    /** Checks the components. */
    public RatingFigures {
        Arguments.required(area, "RatingFigures", "area");
        Arguments.required(month, "RatingFigures", "month");
        Arguments.required(ratings, "RatingFigures", "ratings");
    }
}
