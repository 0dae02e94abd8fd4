package dev.sportello.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the transactional outbox. Its id is also the idempotency key handed to the receiver.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          unique id (time-ordered UUID text), not null
 * @param kind        what it carries, not null
 * @param type        the event type, message kind or task name, not null
 * @param payload     flat string attributes, not null, immutable (emptied once a message is delivered)
 * @param dueAt       not to be delivered before this instant, not null
 * @param cancelKey   groups entries that are cancelled together, or null
 * @param status      the state, not null
 * @param attempts    delivery attempts so far
 * @param lastError   the last failure, or null
 * @param leaseToken  the claim that holds it while {@code IN_FLIGHT}, or null
 * @param leaseUntil  when that claim expires, or null
 * @param createdAt   creation time, not null
 * @param updatedAt   last change, not null
 */
public record OutboxEntry(String id, OutboxKind kind, String type, Map<String, String> payload, Instant dueAt,
                          String cancelKey, OutboxStatus status, int attempts, String lastError, String leaseToken,
                          Instant leaseUntil, Instant createdAt, Instant updatedAt) {
    /** Checks and copies the components. */
    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        payload = Map.copyOf(payload);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new pending entry.
     *
     * @param id        the id, not null
     * @param kind      the kind, not null
     * @param type      the type, not null
     * @param payload   the payload, not null
     * @param dueAt     the due time, not null
     * @param cancelKey the cancel key, or null
     * @param now       the creation time, not null
     * @return the entry
     */
    public static OutboxEntry pending(String id, OutboxKind kind, String type, Map<String, String> payload,
                                      Instant dueAt, String cancelKey, Instant now) {
        return new OutboxEntry(id, kind, type, payload, dueAt, cancelKey, OutboxStatus.PENDING, 0, null, null, null,
                now, now);
    }
}
