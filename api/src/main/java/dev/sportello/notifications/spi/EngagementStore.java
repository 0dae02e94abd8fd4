package dev.sportello.notifications.spi;

import dev.sportello.notifications.MessageKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Anonymous engagement counters (R-NOT-4): no user id, no IP. Part of a transaction; not thread-safe.
 */
public interface EngagementStore {
    /**
     * Adds 1 to a counter, creating it at 0.
     *
     * @param day          the day, not null
     * @param kind         the notice kind, not null
     * @param callToAction the call-to-action id, or the empty string for a view
     */
    void increment(LocalDate day, MessageKind kind, String callToAction);

    /**
     * The counters between two days, inclusive, by day, kind and call to action.
     *
     * @param from first day, not null
     * @param to   last day, not null
     * @return the counters
     */
    List<EngagementTally> between(LocalDate from, LocalDate to);
}
