package dev.sportello;

import java.time.Instant;

/**
 * How far behind the outbox is: for a queue-depth gauge and an alert on the oldest due entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pending   entries waiting, due or not (retries wait for their backoff), at least 0
 * @param due       of those, the entries already due: what the dispatcher should be sending now, at least 0
 * @param oldestDue when the oldest due entry became due, or null when none is due
 */
public record OutboxBacklog(long pending, long due, Instant oldestDue) {
    /** Checks the counts. */
    public OutboxBacklog {
        if (pending < 0 || due < 0 || due > pending) {
            throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "OutboxBacklog.due", java.util.Map.of());
        }
    }
}
