package dev.sportello.notifications;

/**
 * What a provider's delivery receipt says.
 *
 * <p>Thread-safe (an enum).
 */
public enum ReceiptOutcome {
    /** Delivered to the handset or mailbox. */
    DELIVERED,
    /** Not deliverable. */
    FAILED,
    /** The provider gave up after the validity period. */
    EXPIRED;

    /** The message status this outcome leads to. */
    public MessageStatus status() {
        return MessageStatus.valueOf(name());
    }
}
