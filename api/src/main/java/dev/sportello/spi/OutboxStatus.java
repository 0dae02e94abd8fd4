package dev.sportello.spi;

/**
 * Life of an outbox entry: {@code PENDING → IN_FLIGHT → DONE}, back to {@code PENDING} for a retry, to
 * {@code DEAD} after the last attempt, or {@code CANCELLED} while still pending.
 *
 * <p>Thread-safe (an enum).
 */
public enum OutboxStatus {
    /** Waiting for its due time. */
    PENDING,
    /** Claimed by a dispatcher until its lease expires. */
    IN_FLIGHT,
    /** Delivered, or refused for good. */
    DONE,
    /** Given up after the last attempt; can be re-driven. */
    DEAD,
    /** Withdrawn before delivery (e.g. a reminder of a cancelled appointment). */
    CANCELLED
}
