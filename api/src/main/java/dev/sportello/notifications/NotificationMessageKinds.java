package dev.sportello.notifications;

/**
 * The message kinds of the notifications area.
 *
 * <p>Thread-safe (constants).
 */
public final class NotificationMessageKinds {
    /** The alert that a proactive notice is in the inbox: {@code name}, {@code title}. */
    public static final MessageKind PROACTIVE_NOTICE = new MessageKind("PROACTIVE_NOTICE");

    private NotificationMessageKinds() {
    }
}
