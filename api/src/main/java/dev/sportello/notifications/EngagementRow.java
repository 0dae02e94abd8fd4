package dev.sportello.notifications;

import dev.sportello.Arguments;

import java.time.LocalDate;

/**
 * Views and clicks of one notice kind (and one call to action) on one day, with no user id and no IP.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day          the day (office zone), not null
 * @param kind         the notice kind, not null
 * @param callToAction the call to action, or null for views of the notice itself
 * @param count        the count (views when {@code callToAction} is null, else clicks), not null
 */
public record EngagementRow(LocalDate day, MessageKind kind, String callToAction, EngagementCount count) {
    /** Checks the components. */
    public EngagementRow {
        Arguments.required(day, "EngagementRow", "day");
        Arguments.required(kind, "EngagementRow", "kind");
        Arguments.required(count, "EngagementRow", "count");
    }
}
