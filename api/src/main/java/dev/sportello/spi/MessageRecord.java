package dev.sportello.spi;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Stored form of a message: its decision, status and history. The content travels in the outbox
 * entry with the same id and is dropped after delivery.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the id (equal to its outbox entry's id), not null
 * @param recipient   the user, not null
 * @param channel     the channel, not null
 * @param kind        the kind, not null
 * @param language    the language, not null
 * @param purpose     the purpose, not null
 * @param status      the status, not null
 * @param skipReason  why skipped, or null
 * @param destination the masked destination, or null
 * @param smsSegments SMS parts, or 0
 * @param smsEncoding SMS alphabet, or null
 * @param dueAt       the due time, not null
 * @param providerId  the provider's id, or null
 * @param attempts    attempts so far
 * @param history     status changes, oldest first, not null
 * @param createdAt   creation time, not null
 * @param updatedAt   last change, not null
 */
public record MessageRecord(MessageId id, UserId recipient, Channel channel, MessageKind kind, Language language,
                            Purpose purpose, MessageStatus status, SkipReason skipReason, String destination,
                            int smsSegments, SmsEncoding smsEncoding, Instant dueAt, String providerId, int attempts,
                            List<StatusChange> history, Instant createdAt, Instant updatedAt) {
    /** Checks and copies the components. */
    public MessageRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueAt, "dueAt");
        history = List.copyOf(history);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
