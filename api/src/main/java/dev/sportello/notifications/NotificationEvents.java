package dev.sportello.notifications;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the notifications area (R-NOT-1…4).
 *
 * <p>Thread-safe (constants).
 */
public final class NotificationEvents {
    /** A proactive notice was published (subject: the notice): {@code kind}, {@code recipient} (user id). */
    public static final EventType NOTICE_PUBLISHED = EventType.of("notice.published", "kind", "recipient");
    /** A receipt said a message was delivered (subject: the message): {@code channel}, {@code kind}. */
    public static final EventType MESSAGE_DELIVERED = EventType.of("message.delivered", "channel", "kind");
    /** A receipt said a message failed (subject: the message): {@code channel}, {@code kind}. */
    public static final EventType MESSAGE_FAILED = EventType.of("message.failed", "channel", "kind");
    /** A receipt said a message expired undelivered (subject: the message): {@code channel}, {@code kind}. */
    public static final EventType MESSAGE_EXPIRED = EventType.of("message.expired", "channel", "kind");

    /** Every event type of the notifications area. */
    public static final List<EventType> ALL = List.of(NOTICE_PUBLISHED, MESSAGE_DELIVERED, MESSAGE_FAILED, MESSAGE_EXPIRED);

    private NotificationEvents() {
    }
}
