package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.Set;

/**
 * An office queue (R-REQ-6), oldest first. Null filters are not applied.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office       the office, required
 * @param statuses     only these states; empty for OPEN and IN_CHARGE
 * @param topic        only this topic, or null
 * @param assignee     only requests in charge of this operator, or null
 * @param unassigned   only requests nobody has taken
 * @param olderThan    only requests opened longer ago than this, or null
 * @param page         the page, required
 */
public record QueueQuery(@NotNull OfficeCode office, @NotNull Set<@NotNull RequestStatus> statuses, TopicCode topic,
                         OperatorId assignee, boolean unassigned, Duration olderThan, @NotNull @Valid PageRequest page) {
    /** Copies the statuses. */
    public QueueQuery {
        statuses = Arguments.lenientSet(statuses);
    }

    /**
     * The open and in-charge requests of an office.
     *
     * @param office the office
     * @param page   the page
     * @return the query
     */
    public static QueueQuery of(OfficeCode office, PageRequest page) {
        return new QueueQuery(office, Set.of(), null, null, false, null, page);
    }
}
