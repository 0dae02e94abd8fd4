package dev.sportello.notifications;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.List;

/**
 * A message as the integrator and the user see it: its decision, its status and its history. The
 * content is not kept after delivery; the destination is shown masked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id (also the idempotency key), not null
 * @param recipient    the user, not null
 * @param channel      the channel, not null
 * @param kind         what it is about, not null
 * @param language     the language it was rendered in, not null
 * @param purpose      transactional, proactive or verification, not null
 * @param status       the current status, not null
 * @param skipReason   why it was skipped, or null
 * @param destination  the masked phone number or address, or null for inbox and push
 * @param smsSegments  for SMS, the number of parts; else 0
 * @param smsEncoding  for SMS, the alphabet; else null
 * @param dueAt        when it is (or was) due, not null
 * @param providerId   the provider's id once sent, or null
 * @param attempts     delivery attempts so far
 * @param history      every status change, oldest first, not null
 * @param createdAt    creation time, not null
 */
public record MessageView(MessageId id, UserId recipient, Channel channel, MessageKind kind, Language language,
                          Purpose purpose, MessageStatus status, SkipReason skipReason, String destination,
                          int smsSegments, SmsEncoding smsEncoding, Instant dueAt, String providerId, int attempts,
                          List<StatusChange> history, Instant createdAt) {
    /** Checks and copies the components. */
    public MessageView {
        Arguments.required(id, "MessageView", "id");
        Arguments.required(recipient, "MessageView", "recipient");
        Arguments.required(channel, "MessageView", "channel");
        Arguments.required(kind, "MessageView", "kind");
        Arguments.required(language, "MessageView", "language");
        Arguments.required(purpose, "MessageView", "purpose");
        Arguments.required(status, "MessageView", "status");
        Arguments.required(dueAt, "MessageView", "dueAt");
        history = Arguments.list(history, "MessageView", "history");
        Arguments.required(createdAt, "MessageView", "createdAt");
    }
}
