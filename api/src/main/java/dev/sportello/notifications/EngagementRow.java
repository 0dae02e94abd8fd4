package dev.sportello.notifications;

import java.time.LocalDate;
import java.util.Objects;

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
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(count, "count");
    }
}
