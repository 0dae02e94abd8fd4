package dev.sportello;

import java.time.Instant;
import java.util.Objects;

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
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
