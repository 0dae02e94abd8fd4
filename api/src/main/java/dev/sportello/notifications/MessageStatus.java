package dev.sportello.notifications;

/**
 * Life of a message: {@code QUEUED → SENT → DELIVERED | FAILED | EXPIRED}, or {@code SKIPPED} (not
 * sent, with a {@link SkipReason}), or {@code CANCELLED} before sending. Inbox notices are
 * {@code DELIVERED} at once.
 *
 * <p>Thread-safe (an enum).
 */
public enum MessageStatus {
    /** Waiting in the outbox (maybe for its due time, quiet hours or a retry). */
    QUEUED,
    /** Accepted by the channel's provider. */
    SENT,
    /** The provider confirmed delivery (receipt), or an inbox notice was stored. */
    DELIVERED,
    /** Refused for good, dead-lettered, or reported failed by a receipt. */
    FAILED,
    /** The provider gave up after the message's validity (receipt). */
    EXPIRED,
    /** Not sent because a rule said so. */
    SKIPPED,
    /** Withdrawn before sending (a reminder of a cancelled appointment, an opt-out). */
    CANCELLED;

    /** Whether nothing further will happen to the message except receipts. */
    public boolean isFinal() {
        return this == DELIVERED || this == FAILED || this == EXPIRED || this == SKIPPED || this == CANCELLED;
    }
}
