package dev.sportello.core.notifications;

import dev.sportello.Channel;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Purpose;
import dev.sportello.spi.ContactRecord;
import dev.sportello.spi.EmailAttachment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What another area asks the notifier to send: a kind with its values, to a user, on some channels,
 * for a purpose; optionally later, urgently, cancellable together under a key, with attachments.
 *
 * @param recipient   the user
 * @param kind        the kind
 * @param channels    the channels
 * @param values      the placeholder values ({@code name} is filled in from the profile if absent)
 * @param purpose     the purpose, which decides the consent rules
 * @param dueAt       when to send, or null for now
 * @param urgent      whether SMS quiet hours are ignored
 * @param cancelKey   a key to cancel the queued messages together, or null
 * @param target      for verification: the contact point being verified, else null
 * @param attachments e-mail attachments
 */
public record Notification(UserId recipient, MessageKind kind, Set<Channel> channels, Map<String, String> values,
                           Purpose purpose, Instant dueAt, boolean urgent, String cancelKey, ContactRecord target,
                           List<EmailAttachment> attachments) {
    /** Copies the collections. */
    public Notification {
        channels = Set.copyOf(channels);
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
    }

    /**
     * A message that answers the user's action, now, on the given channels.
     *
     * @param recipient the user
     * @param kind      the kind
     * @param values    the values
     * @param channels  the channels
     * @return the notification
     */
    public static Notification transactional(UserId recipient, MessageKind kind, Map<String, String> values,
                                             Channel... channels) {
        return new Notification(recipient, kind, channels.length == 0 ? EnumSet.allOf(Channel.class) : Set.of(channels),
                values, Purpose.TRANSACTIONAL, null, false, null, null, List.of());
    }

    /**
     * The same notification, due later and cancellable under a key.
     *
     * @param when the due time
     * @param key  the cancel key
     * @return a new notification
     */
    public Notification scheduled(Instant when, String key) {
        return new Notification(recipient, kind, channels, values, purpose, when, urgent, key, target, attachments);
    }

    /**
     * The same notification with a cancel key.
     *
     * @param key the key
     * @return a new notification
     */
    public Notification cancellableAs(String key) {
        return new Notification(recipient, kind, channels, values, purpose, dueAt, urgent, key, target, attachments);
    }

    /**
     * The same notification, exempt from quiet hours.
     *
     * @return a new notification
     */
    public Notification urgently() {
        return new Notification(recipient, kind, channels, values, purpose, dueAt, true, cancelKey, target, attachments);
    }

    /**
     * The same notification with e-mail attachments.
     *
     * @param files the attachments
     * @return a new notification
     */
    public Notification withAttachments(List<EmailAttachment> files) {
        return new Notification(recipient, kind, channels, values, purpose, dueAt, urgent, cancelKey, target, files);
    }

    /**
     * The same notification for another purpose.
     *
     * @param other the purpose
     * @return a new notification
     */
    public Notification withPurpose(Purpose other) {
        return new Notification(recipient, kind, channels, values, other, dueAt, urgent, cancelKey, target, attachments);
    }
}
