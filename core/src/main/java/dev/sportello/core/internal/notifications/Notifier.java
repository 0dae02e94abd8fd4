package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStore;
import dev.sportello.users.Consents;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.spi.ContactRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link Notification} into messages, inside the command's transaction (R-NOT-1…3, R-USR-3):
 * inbox notices are stored at once (always delivered); SMS, e-mail and push are decided channel by
 * channel — an opt-out is always respected, proactive messages need the opt-in, SMS and e-mail need a
 * verified contact — rendered in the user's language, and queued in the outbox, with SMS held back
 * outside quiet hours. Every decision is kept as a message with its status. Every channel is handled by
 * an exhaustive switch: a new channel cannot fall back to another's contact by accident.
 *
 * <p>Thread-safe.
 */
public final class Notifier {
    private final TemplateCatalog templates;
    private final QuietHours quietHours;
    private final Recipients recipients;

    /**
     * Creates the notifier.
     *
     * @param templates  the templates
     * @param quietHours the SMS quiet hours
     * @param recipients reads recipients
     */
    public Notifier(TemplateCatalog templates, QuietHours quietHours, Recipients recipients) {
        this.templates = templates;
        this.quietHours = quietHours;
        this.recipients = recipients;
    }

    /** The templates. */
    public TemplateCatalog templates() {
        return templates;
    }

    /** The recipient reader. */
    public Recipients recipients() {
        return recipients;
    }

    /**
     * Decides, renders and queues a notification.
     *
     * @param tx           the command's transaction
     * @param notification what to send
     * @return one message per channel, with its decision
     */
    public List<MessageRecord> notify(Tx tx, Notification notification) {
        Recipient recipient = notification.recipient();
        Map<String, String> values = withName(notification, recipient);
        Instant due = notification.dueAt() == null || notification.dueAt().isBefore(tx.now()) ? tx.now() : notification.dueAt();
        List<MessageRecord> records = new ArrayList<>();
        for (Channel channel : notification.channels()) {
            if (!templates.supports(notification.kind(), channel)) {
                continue;
            }
            MessageId id = new MessageId(tx.newUuid());
            Optional<SkipReason> skip = decide(notification, channel, recipient);
            if (skip.isPresent() && channel != Channel.SMS) {
                // nothing of a skipped e-mail or push is kept: not rendered (an SMS is, for its size and length check)
                records.add(record(tx, id, notification, channel, null, null, due, MessageStatus.SKIPPED, skip.get()));
                continue;
            }
            RenderedMessage rendered = templates.render(notification.kind(), channel, recipient.language(), values);
            if (skip.isPresent()) {
                records.add(record(tx, id, notification, channel, rendered, null, due, MessageStatus.SKIPPED, skip.get()));
                continue;
            }
            switch (channel) {
                case INBOX -> records.add(deliverToInbox(tx, id, notification, rendered));
                case SMS, EMAIL, PUSH -> records.add(queue(tx, id, notification, channel, rendered, due));
            }
        }
        tx.addMessages(records);
        return records;
    }

    private MessageRecord queue(Tx tx, MessageId id, Notification notification, Channel channel, RenderedMessage rendered,
                                Instant due) {
        String to = destination(notification, channel);
        Instant channelDue = switch (channel) {
            case SMS -> notification.urgency() == Urgency.URGENT ? due : quietHours.nextAllowed(due, notification.recipient().zone());
            case EMAIL, PUSH, INBOX -> due;
        };
        tx.enqueue(OutboxEntry.builder().id(id.toString()).kind(OutboxKind.MESSAGE).type(notification.kind().code())
                .payload(MessagePayload.of(notification, channel, to, rendered)).dueAt(channelDue)
                .cancelKey(notification.cancelKey()).createdAt(tx.now()).updatedAt(tx.now()).build());
        return record(tx, id, notification, channel, rendered, to, channelDue, MessageStatus.QUEUED, null);
    }

    /**
     * Records, without queuing anything, a notification that will not be sent, with the reason on each of
     * its channels except the inbox (a reminder whose time had already passed when the appointment was
     * booked).
     *
     * @param tx           the command's transaction
     * @param notification what would have been sent
     * @param reason       why it is skipped
     * @return one SKIPPED message per channel
     */
    public List<MessageRecord> skip(Tx tx, Notification notification, SkipReason reason) {
        Map<String, String> values = withName(notification, notification.recipient());
        List<MessageRecord> records = new ArrayList<>();
        for (Channel channel : notification.channels()) {
            if (channel == Channel.INBOX || !templates.supports(notification.kind(), channel)) {
                continue;
            }
            RenderedMessage rendered = templates.render(notification.kind(), channel, notification.recipient().language(), values);
            records.add(record(tx, new MessageId(tx.newUuid()), notification, channel, rendered, null,
                    tx.now(), MessageStatus.SKIPPED, reason));
        }
        tx.addMessages(records);
        return records;
    }

    /**
     * Cancels everything still queued under a cancel key: messages become CANCELLED, tasks are dropped.
     *
     * @param tx        the command's transaction
     * @param cancelKey the key
     * @param reason    the reason to record on each message
     * @return how many entries were cancelled
     */
    public static int cancel(Tx tx, String cancelKey, String reason) {
        List<OutboxEntry> cancelled = tx.store(OutboxStore.class).cancel(cancelKey, tx.now());
        List<MessageTransition> transitions = cancelled.stream().filter(e -> e.kind() == OutboxKind.MESSAGE)
                .map(e -> new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.CANCELLED,
                        tx.now(), reason, null, -1))
                .toList();
        if (!transitions.isEmpty()) {
            tx.store(MessageStore.class).transition(transitions);
        }
        return cancelled.size();
    }

    private static Map<String, String> withName(Notification notification, Recipient recipient) {
        Map<String, String> values = new HashMap<>(notification.values());
        values.putIfAbsent("name", Text.truncate(recipient.user().name(), 60));
        return values;
    }

    /** The consent rules (R-NOT-2, R-USR-3), channel by channel. */
    private static Optional<SkipReason> decide(Notification notification, Channel channel, Recipient recipient) {
        if (notification.purpose() == Purpose.VERIFICATION) {
            return Optional.empty();
        }
        return switch (channel) {
            case INBOX -> Optional.empty();
            case SMS, EMAIL, PUSH -> {
                Consents consents = recipient.consents();
                if (consents.optedOut().contains(channel)) {
                    yield Optional.of(SkipReason.OPTED_OUT);
                }
                if (notification.purpose() == Purpose.PROACTIVE && !consents.proactiveOptIns().contains(channel)) {
                    yield Optional.of(SkipReason.NO_PROACTIVE_OPT_IN);
                }
                boolean needsContact = channel != Channel.PUSH;
                yield needsContact && recipient.verified(channel).isEmpty()
                        ? Optional.of(SkipReason.NO_VERIFIED_CONTACT) : Optional.empty();
            }
        };
    }

    private static String destination(Notification notification, Channel channel) {
        return switch (channel) {
            case INBOX, PUSH -> null;
            case SMS, EMAIL -> notification.purpose() == Purpose.VERIFICATION ? notification.target().value()
                    : notification.recipient().verified(channel).map(ContactRecord::value).orElseThrow();
        };
    }

    private static String masked(Channel channel, String to) {
        if (to == null) {
            return null;
        }
        return switch (channel) {
            case SMS -> new PhoneNumber(to).masked();
            case EMAIL -> new EmailAddress(to).masked();
            case INBOX, PUSH -> null;
        };
    }

    private MessageRecord deliverToInbox(Tx tx, MessageId id, Notification notification, RenderedMessage rendered) {
        tx.addNotice(InboxNotice.builder().id(new NoticeId(id.value())).recipient(notification.recipient().id())
                .kind(notification.kind()).title(rendered.subject()).body(rendered.text()).createdAt(tx.now()).build());
        return record(tx, id, notification, Channel.INBOX, rendered, null, tx.now(), MessageStatus.DELIVERED, null);
    }

    /** {@code rendered} is null for a skipped e-mail or push, which is not rendered. */
    private static MessageRecord record(Tx tx, MessageId id, Notification notification, Channel channel,
                                        RenderedMessage rendered, String to, Instant due, MessageStatus status,
                                        SkipReason skip) {
        return MessageRecord.builder().id(id).recipient(notification.recipient().id()).channel(channel)
                .kind(notification.kind()).language(notification.recipient().language()).purpose(notification.purpose())
                .status(status).skipReason(skip).destination(masked(channel, to)).smsSegments(rendered == null ? 0 : rendered.smsSegments())
                .smsEncoding(rendered == null ? null : rendered.smsEncoding()).dueAt(due)
                .history(List.of(new StatusChange(status, tx.now(), skip == null ? null : skip.name())))
                .createdAt(tx.now()).updatedAt(tx.now()).build();
    }
}
