package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.EventType;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.NotificationEvents;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxStore;

import java.util.List;
import java.util.Map;

/**
 * Messages (R-NOT-1…3): their status for the user, the integrator's scheduled messages, cancellation,
 * delivery receipts, and template previews.
 *
 * <p>Thread-safe.
 */
final class MessageService {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final Notifier notifier;

    MessageService(Kernel kernel, ObjectAccess access, Notifier notifier) {
        this.kernel = kernel;
        this.access = access;
        this.notifier = notifier;
    }

    Page<MessageView> messages(Principal principal, UserId user, PageRequest page) {
        Checks.notNull(user, "messages", "user");
        Checks.notNull(page, "messages", "page");
        return kernel.execute(principal, Operation.INBOX_READ, page, tx -> {
            access.requireOwner(principal, Operation.INBOX_READ, user, user, true);
            Page<MessageRecord> records = tx.store(MessageStore.class).forRecipient(user, page);
            return new Page<>(records.items().stream().map(MessageService::view).toList(), records.nextCursor());
        });
    }

    MessageView message(Principal principal, MessageId message) {
        Checks.notNull(message, "message", "message");
        return kernel.execute(principal, Operation.INBOX_READ, tx -> {
            MessageRecord record = find(tx, message);
            access.requireOwner(principal, Operation.INBOX_READ, record.recipient(), message, true);
            return view(record);
        });
    }

    private static MessageRecord find(Tx tx, MessageId id) {
        return tx.store(MessageStore.class).find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.NOT_MESSAGE_NOT_FOUND, Map.of("messageId", id.toString())));
    }

    List<MessageView> schedule(Principal principal, ScheduleMessage command) {
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            ObjectAccess.requireService(principal, Operation.NOTIFICATION_ADMIN);
            if (!notifier.templates().knows(command.kind())) {
                throw SportelloException.invalidField(ErrorCode.NOT_KIND_UNKNOWN, "kind", Map.of("kind", command.kind().code()));
            }
            if (command.purpose() == Purpose.VERIFICATION) {
                throw SportelloException.invalidField(ErrorCode.NOT_PURPOSE_RESERVED, "purpose",
                        Map.of("purpose", command.purpose().name()));
            }
            if (command.dueAt() != null && command.dueAt().isBefore(tx.now())) {
                throw SportelloException.invalidField(ErrorCode.NOT_SCHEDULE_IN_PAST, "dueAt", Map.of());
            }
            Recipient recipient = notifier.recipients().of(tx, command.recipient());
            for (Channel channel : command.channels()) {
                boolean needsContact = switch (channel) {
                    case SMS, EMAIL -> true;
                    case INBOX, PUSH -> false;
                };
                if (needsContact && recipient.verified(channel).isEmpty()) {
                    throw SportelloException.of(ErrorCode.NOT_CONTACT_UNVERIFIED,
                            Map.of("userId", recipient.id().toString(), "channel", channel.name()));
                }
            }
            List<MessageRecord> records = notifier.notify(tx, Notification.to(recipient, command.kind())
                    .on(command.channels()).values(command.values()).purpose(command.purpose()).at(command.dueAt())
                    .urgency(command.urgency()).build());
            tx.audit("MESSAGES_SCHEDULED", recipient.id());
            return records.stream().map(MessageService::view).toList();
        });
    }

    MessageView cancel(Principal principal, MessageId message) {
        Checks.notNull(message, "cancel", "message");
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, tx -> {
            ObjectAccess.requireService(principal, Operation.NOTIFICATION_ADMIN);
            MessageRecord record = find(tx, message);
            if (record.status() != MessageStatus.QUEUED
                    || tx.store(OutboxStore.class).cancelEntry(message.toString(), tx.now()).isEmpty()) {
                throw SportelloException.of(ErrorCode.NOT_MESSAGE_NOT_QUEUED,
                        Map.of("messageId", message.toString(), "status", record.status().name()));
            }
            tx.store(MessageStore.class).transition(List.of(new MessageTransition(message, MessageStatus.QUEUED,
                    MessageStatus.CANCELLED, tx.now(), "cancelled by " + principal.actor().asText(), null, -1)));
            tx.audit("MESSAGE_CANCELLED", message);
            return view(find(tx, message));
        });
    }

    MessageView reportReceipt(Principal principal, ReportReceipt command) {
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            ObjectAccess.requireService(principal, Operation.NOTIFICATION_ADMIN);
            MessageRecord record = tx.store(MessageStore.class).findByProviderId(command.channel(), command.providerId())
                    .orElseThrow(() -> SportelloException.of(ErrorCode.NOT_RECEIPT_UNKNOWN,
                            Map.of("channel", command.channel().name())));
            MessageStatus target = command.outcome().status();
            if (record.status() == target) {
                return view(record);
            }
            if (record.status() != MessageStatus.SENT) {
                throw SportelloException.of(ErrorCode.NOT_RECEIPT_CONFLICT, Map.of("messageId", record.id().toString(),
                        "status", record.status().name(), "outcome", command.outcome().name()));
            }
            tx.store(MessageStore.class).transition(List.of(new MessageTransition(record.id(), MessageStatus.SENT, target,
                    command.at(), "receipt", null, -1)));
            tx.event(event(command.outcome()), record.id(), Map.of("channel", record.channel().name(), "kind",
                    record.kind().code()));
            return view(find(tx, record.id()));
        });
    }

    private static EventType event(ReceiptOutcome outcome) {
        return switch (outcome) {
            case DELIVERED -> NotificationEvents.MESSAGE_DELIVERED;
            case FAILED -> NotificationEvents.MESSAGE_FAILED;
            case EXPIRED -> NotificationEvents.MESSAGE_EXPIRED;
        };
    }

    RenderedMessage preview(Principal principal, MessageKind kind, Channel channel, Language language,
                            Map<String, String> values) {
        Checks.notNull(kind, "preview", "kind");
        Checks.notNull(channel, "preview", "channel");
        Checks.notNull(language, "preview", "language");
        Checks.notNull(values, "preview", "values");
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, tx -> {
            ObjectAccess.requireService(principal, Operation.NOTIFICATION_ADMIN);
            return notifier.templates().render(kind, channel, language, values);
        });
    }

    /**
     * Cancels the queued messages of a user on a channel, after an opt-out (all but codes) or a withdrawn
     * opt-in (proactive ones).
     *
     * @param tx            the transaction
     * @param user          the user
     * @param channel       the channel
     * @param proactiveOnly whether only proactive messages are cancelled
     * @param reason        the reason to record
     */
    static void cancelQueued(Tx tx, UserId user, Channel channel, boolean proactiveOnly, String reason) {
        for (MessageRecord message : tx.store(MessageStore.class).queued(user, channel)) {
            if (proactiveOnly && message.purpose() != Purpose.PROACTIVE || message.purpose() == Purpose.VERIFICATION) {
                continue;
            }
            if (tx.store(OutboxStore.class).cancelEntry(message.id().toString(), tx.now()).isPresent()) {
                tx.store(MessageStore.class).transition(List.of(new MessageTransition(message.id(), MessageStatus.QUEUED,
                        MessageStatus.CANCELLED, tx.now(), reason, null, -1)));
            }
        }
    }

    static MessageView view(MessageRecord r) {
        return new MessageView(r.id(), r.recipient(), r.channel(), r.kind(), r.language(), r.purpose(), r.status(),
                r.skipReason(), r.destination(), r.smsSegments(), r.smsEncoding(), r.dueAt(), r.providerId(),
                r.attempts(), r.history(), r.createdAt());
    }
}
