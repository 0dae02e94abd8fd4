package dev.sportello.core.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.kernel.Tx;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.StatusChange;
import dev.sportello.offices.Office;
import dev.sportello.spi.ContactRecord;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.MessageRecord;
import dev.sportello.spi.MessageTransition;
import dev.sportello.spi.OfficeDirectory;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.UserRecord;
import dev.sportello.users.ContactKind;
import dev.sportello.users.Consents;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a {@link Notification} into messages, inside the command's transaction (R-NOT-1…3, R-USR-3):
 * inbox notices are stored at once (always delivered); SMS, e-mail and push are decided channel by
 * channel — an opt-out is always respected, proactive messages need the opt-in, SMS and e-mail need a
 * verified contact — rendered in the user's language, and queued in the outbox, with SMS held back
 * outside quiet hours. Every decision is kept as a message with its status.
 *
 * <p>Thread-safe.
 */
public final class Notifier {
    private final TemplateCatalog templates;
    private final OfficeDirectory directory;
    private final NotificationSettings settings;
    private final QuietHours quietHours;

    /**
     * Creates the notifier.
     *
     * @param templates the templates
     * @param directory the office directory (for the user's zone)
     * @param settings  the notification settings
     */
    public Notifier(TemplateCatalog templates, OfficeDirectory directory, NotificationSettings settings) {
        this.templates = templates;
        this.directory = directory;
        this.settings = settings;
        this.quietHours = new QuietHours(settings.quietHoursStart(), settings.quietHoursEnd());
    }

    /** The templates. */
    public TemplateCatalog templates() {
        return templates;
    }

    /** The quiet hours. */
    public QuietHours quietHours() {
        return quietHours;
    }

    /**
     * The zone of the office competent for a user.
     *
     * @param user the user
     * @return the zone, or the default one
     */
    public ZoneId zoneOf(UserRecord user) {
        return directory.officeFor(user.municipality()).flatMap(directory::office).map(Office::zone)
                .orElse(settings.defaultZone());
    }

    /**
     * Decides, renders and queues a notification.
     *
     * @param tx           the command's transaction
     * @param notification what to send
     * @return one message per channel, with its decision
     */
    public List<MessageRecord> notify(Tx tx, Notification notification) {
        UserRecord user = tx.stores().users().find(notification.recipient()).orElseThrow(() -> SportelloException.of(
                ErrorCode.USR_NOT_FOUND, Map.of("userId", notification.recipient().toString())));
        return notify(tx, notification, user);
    }

    /**
     * Decides, renders and queues a notification for a recipient already read in this transaction.
     *
     * @param tx           the command's transaction
     * @param notification what to send
     * @param user         the recipient, as read in this transaction
     * @return one message per channel, with its decision
     */
    public List<MessageRecord> notify(Tx tx, Notification notification, UserRecord user) {
        if (!user.id().equals(notification.recipient())) {
            throw new IllegalArgumentException("the user is not the recipient");
        }
        Consents consents = tx.memo("consents:" + user.id(), () -> new Consents(user.id(), tx.stores().consents().history(user.id())));
        Map<String, String> values = new HashMap<>(notification.values());
        values.putIfAbsent("name", user.name().length() > 60 ? user.name().substring(0, 60) : user.name());
        ZoneId zone = zoneOf(user);
        Instant due = notification.dueAt() == null || notification.dueAt().isBefore(tx.now()) ? tx.now() : notification.dueAt();
        List<MessageRecord> records = new ArrayList<>();
        List<Channel> channels = notification.channels().stream().sorted().toList();
        for (Channel channel : channels) {
            if (!templates.supports(notification.kind(), channel)) {
                continue;
            }
            MessageId id = new MessageId(UUID.fromString(tx.newId()));
            RenderedMessage rendered = templates.render(notification.kind(), channel, user.language(), values);
            if (channel == Channel.INBOX) {
                records.add(deliverToInbox(tx, id, user, notification, rendered));
                continue;
            }
            Optional<SkipReason> skip = decide(notification, channel, consents, user);
            if (skip.isPresent()) {
                records.add(record(tx, id, user, notification, channel, rendered, null, due, MessageStatus.SKIPPED,
                        skip.get()));
                continue;
            }
            String to = destination(notification, channel, user);
            Instant channelDue = channel == Channel.SMS && !notification.urgent() ? quietHours.nextAllowed(due, zone) : due;
            MessageRecord message = record(tx, id, user, notification, channel, rendered, to, channelDue,
                    MessageStatus.QUEUED, null);
            records.add(message);
            tx.enqueue(OutboxEntry.pending(id.toString(), OutboxKind.MESSAGE, notification.kind().code(),
                    payload(user, channel, to, rendered, zone, notification), channelDue, notification.cancelKey(),
                    tx.now()));
        }
        tx.addMessages(records);
        return records;
    }

    /**
     * Records, without queuing anything, a notification that will not be sent, with the reason on each
     * of its channels (a reminder whose time had already passed when the appointment was booked).
     *
     * @param tx           the command's transaction
     * @param notification what would have been sent
     * @param user         the recipient, as read in this transaction
     * @param reason       why it is skipped
     * @return one SKIPPED message per channel
     */
    public List<MessageRecord> skip(Tx tx, Notification notification, UserRecord user, SkipReason reason) {
        Map<String, String> values = new HashMap<>(notification.values());
        values.putIfAbsent("name", user.name().length() > 60 ? user.name().substring(0, 60) : user.name());
        List<MessageRecord> records = new ArrayList<>();
        for (Channel channel : notification.channels().stream().sorted().toList()) {
            if (channel == Channel.INBOX || !templates.supports(notification.kind(), channel)) {
                continue;
            }
            RenderedMessage rendered = templates.render(notification.kind(), channel, user.language(), values);
            records.add(record(tx, new MessageId(UUID.fromString(tx.newId())), user, notification, channel, rendered, null,
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
        List<OutboxEntry> cancelled = tx.stores().outbox().cancel(cancelKey, tx.now());
        List<MessageTransition> transitions = cancelled.stream().filter(e -> e.kind() == OutboxKind.MESSAGE)
                .map(e -> new MessageTransition(new MessageId(UUID.fromString(e.id())), MessageStatus.QUEUED,
                        MessageStatus.CANCELLED, tx.now(), reason, null, -1))
                .toList();
        if (!transitions.isEmpty()) {
            tx.stores().messages().transition(transitions);
        }
        return cancelled.size();
    }

    private Optional<SkipReason> decide(Notification notification, Channel channel, Consents consents, UserRecord user) {
        if (notification.purpose() == Purpose.VERIFICATION) {
            return Optional.empty();
        }
        if (consents.optedOut().contains(channel)) {
            return Optional.of(SkipReason.OPTED_OUT);
        }
        if (notification.purpose() == Purpose.PROACTIVE && !consents.proactiveOptIns().contains(channel)) {
            return Optional.of(SkipReason.NO_PROACTIVE_OPT_IN);
        }
        if (channel != Channel.PUSH && verified(user, channel).isEmpty()) {
            return Optional.of(SkipReason.NO_VERIFIED_CONTACT);
        }
        return Optional.empty();
    }

    /**
     * The most recently verified contact of a user for a channel.
     *
     * @param user    the user
     * @param channel SMS or EMAIL
     * @return the contact point, if any is verified
     */
    public static Optional<ContactRecord> verified(UserRecord user, Channel channel) {
        ContactKind kind = channel == Channel.SMS ? ContactKind.MOBILE : ContactKind.EMAIL;
        return user.contacts().stream().filter(c -> c.kind() == kind && c.verifiedAt() != null)
                .max(Comparator.comparing(ContactRecord::verifiedAt));
    }

    private static String destination(Notification notification, Channel channel, UserRecord user) {
        if (channel == Channel.PUSH) {
            return null;
        }
        if (notification.purpose() == Purpose.VERIFICATION) {
            return notification.target().value();
        }
        return verified(user, channel).map(ContactRecord::value).orElseThrow();
    }

    private MessageRecord deliverToInbox(Tx tx, MessageId id, UserRecord user, Notification notification,
                                         RenderedMessage rendered) {
        tx.addNotice(new InboxNotice(new NoticeId(id.value()), user.id(), notification.kind(),
                rendered.subject(), rendered.text(), null, tx.now(), null, null));
        return record(tx, id, user, notification, Channel.INBOX, rendered, null, tx.now(), MessageStatus.DELIVERED, null);
    }

    private static MessageRecord record(Tx tx, MessageId id, UserRecord user, Notification notification, Channel channel,
                                        RenderedMessage rendered, String to, Instant due, MessageStatus status,
                                        SkipReason skip) {
        String masked = to == null ? null : channel == Channel.SMS ? new PhoneNumber(to).masked() : new EmailAddress(to).masked();
        return new MessageRecord(id, user.id(), channel, notification.kind(), user.language(), notification.purpose(),
                status, skip, masked, rendered.smsSegments(), rendered.smsEncoding(), due, null, 0,
                List.of(new StatusChange(status, tx.now(), skip == null ? null : skip.name())), tx.now(), tx.now());
    }

    private static Map<String, String> payload(UserRecord user, Channel channel, String to, RenderedMessage rendered,
                                               ZoneId zone, Notification notification) {
        Map<String, String> payload = new HashMap<>();
        payload.put(MessagePayload.CHANNEL, channel.name());
        payload.put(MessagePayload.RECIPIENT, user.id().toString());
        payload.put(MessagePayload.LANGUAGE, user.language().name());
        payload.put(MessagePayload.ZONE, zone.getId());
        payload.put(MessagePayload.TEXT, rendered.text());
        if (notification.urgent()) {
            payload.put(MessagePayload.URGENT, "true");
        }
        if (to != null) {
            payload.put(MessagePayload.TO, to);
        }
        if (rendered.subject() != null) {
            payload.put(MessagePayload.SUBJECT, rendered.subject());
        }
        if (rendered.html() != null) {
            payload.put(MessagePayload.HTML, rendered.html());
        }
        if (rendered.smsEncoding() != null) {
            payload.put(MessagePayload.ENCODING, rendered.smsEncoding().name());
            payload.put(MessagePayload.SEGMENTS, Integer.toString(rendered.smsSegments()));
        }
        if (channel == Channel.EMAIL) {
            List<EmailAttachment> attachments = notification.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                EmailAttachment a = attachments.get(i);
                payload.put(MessagePayload.ATTACHMENT + i + ".name", a.fileName());
                payload.put(MessagePayload.ATTACHMENT + i + ".type", a.contentType());
                payload.put(MessagePayload.ATTACHMENT + i + ".data", Base64.getEncoder().encodeToString(a.content()));
            }
        }
        if (channel == Channel.PUSH) {
            payload.put(MessagePayload.DATA + "kind", notification.kind().code());
        }
        return payload;
    }
}
