package dev.sportello;

import java.time.Instant;

/**
 * An outbox entry that failed its last attempt and waits to be re-driven.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        the entry id (also its idempotency key), not null
 * @param kind      {@code EVENT}, {@code MESSAGE} or {@code TASK}, not null
 * @param type      event type, message kind or task name, not null
 * @param attempts  attempts made
 * @param lastError the last failure, not null
 * @param createdAt when the entry was written, not null
 * @param failedAt  when it was given up, not null
 */
public record DeadLetter(OutboxEntryId id, String kind, String type, int attempts, String lastError, Instant createdAt,
                         Instant failedAt) {
    /** Checks the components. */
    public DeadLetter {
        Arguments.required(id, "DeadLetter", "id");
        Arguments.required(kind, "DeadLetter", "kind");
        Arguments.required(type, "DeadLetter", "type");
        Arguments.required(lastError, "DeadLetter", "lastError");
        Arguments.required(createdAt, "DeadLetter", "createdAt");
        Arguments.required(failedAt, "DeadLetter", "failedAt");
    }
}
