package dev.sportello.notifications.spi;

import dev.sportello.Arguments;
import dev.sportello.notifications.MessageKind;

import java.time.LocalDate;

/**
 * An anonymous counter: views (empty call to action) or clicks of one notice kind on one day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day          the day, not null
 * @param kind         the notice kind, not null
 * @param callToAction the call-to-action id, or the empty string for views
 * @param count        the count
 */
public record EngagementTally(LocalDate day, MessageKind kind, String callToAction, long count) {
    /** Checks the components. */
    public EngagementTally {
        Arguments.required(day, "EngagementTally", "day");
        Arguments.required(kind, "EngagementTally", "kind");
        Arguments.required(callToAction, "EngagementTally", "callToAction");
    }
}
