package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the channel message of a queued outbox entry and hands it to its channel port; for SMS it
 * first checks quiet hours again (a retry may fall into them).
 *
 * <p>Thread-safe.
 */
public final class MessageSender {
    private final SmsChannel sms;
    private final EmailChannel email;
    private final PushChannel push;
    private final QuietHours quietHours;

    /**
     * Creates the sender.
     *
     * @param sms        the SMS port
     * @param email      the e-mail port
     * @param push       the push port
     * @param quietHours the SMS quiet hours
     */
    public MessageSender(SmsChannel sms, EmailChannel email, PushChannel push, QuietHours quietHours) {
        this.sms = sms;
        this.email = email;
        this.push = push;
        this.quietHours = quietHours;
    }

    /**
     * The channel of an entry.
     *
     * @param entry a message entry
     * @return its channel
     */
    public static Channel channelOf(OutboxEntry entry) {
        return Channel.valueOf(entry.payload().get(MessagePayload.CHANNEL));
    }

    /**
     * When an SMS that is not urgent must wait for the end of quiet hours.
     *
     * @param entry a message entry
     * @param now   the current time
     * @return the instant to wait for, or null to send now
     */
    public Instant deferUntil(OutboxEntry entry, Instant now) {
        Map<String, String> p = entry.payload();
        if (channelOf(entry) != Channel.SMS || "true".equals(p.get(MessagePayload.URGENT))) {
            return null;
        }
        ZoneId zone = ZoneId.of(p.get(MessagePayload.ZONE));
        Instant allowed = quietHours.nextAllowed(now, zone);
        return allowed.equals(now) ? null : allowed;
    }

    /**
     * The call that sends an entry's message through its channel.
     *
     * @param entry a message entry
     * @return the call
     */
    public Supplier<DeliveryResult> sending(OutboxEntry entry) {
        return sending(entry, List.of());
    }

    /**
     * The recipient of a push entry, whose installations the push goes to.
     *
     * @param entry a message entry
     * @return the recipient
     */
    public static UserId recipientOf(OutboxEntry entry) {
        return UserId.of(entry.payload().get(MessagePayload.RECIPIENT));
    }

    /**
     * The call that sends an entry's message through its channel; a push goes to the given installations.
     *
     * @param entry   a message entry
     * @param targets the recipient's active installations (for a push; ignored otherwise)
     * @return the call
     */
    public Supplier<DeliveryResult> sending(OutboxEntry entry, List<PushTarget> targets) {
        Map<String, String> p = entry.payload();
        String key = entry.id();
        return switch (channelOf(entry)) {
            case SMS -> {
                SmsMessage message = new SmsMessage(key, new PhoneNumber(p.get(MessagePayload.TO)), p.get(MessagePayload.TEXT),
                        SmsEncoding.valueOf(p.get(MessagePayload.ENCODING)), Integer.parseInt(p.get(MessagePayload.SEGMENTS)),
                        p.get(MessagePayload.CODE));
                yield () -> sms.send(message);
            }
            case EMAIL -> {
                EmailMessage message = new EmailMessage(key, new EmailAddress(p.get(MessagePayload.TO)),
                        Language.valueOf(p.get(MessagePayload.LANGUAGE)), p.get(MessagePayload.SUBJECT),
                        p.get(MessagePayload.TEXT), p.get(MessagePayload.HTML), attachments(p), p.get(MessagePayload.CODE),
                        p.containsKey(MessagePayload.KIND) ? new MessageKind(p.get(MessagePayload.KIND)) : null);
                yield () -> email.send(message);
            }
            case PUSH -> {
                Map<String, String> data = new HashMap<>();
                p.forEach((k, v) -> {
                    if (k.startsWith(MessagePayload.DATA)) {
                        data.put(k.substring(MessagePayload.DATA.length()), v);
                    }
                });
                PushMessage message = new PushMessage(key, UserId.of(p.get(MessagePayload.RECIPIENT)),
                        p.get(MessagePayload.SUBJECT), p.get(MessagePayload.TEXT), data, targets);
                yield () -> push.send(message);
            }
            case INBOX -> throw new IllegalStateException("inbox notices are delivered in their command, never queued");
        };
    }

    private static List<EmailAttachment> attachments(Map<String, String> p) {
        List<EmailAttachment> list = new ArrayList<>();
        for (int i = 0; p.containsKey(MessagePayload.ATTACHMENT + i + ".name"); i++) {
            String prefix = MessagePayload.ATTACHMENT + i;
            list.add(new EmailAttachment(p.get(prefix + ".name"), p.get(prefix + ".type"),
                    Base64.getDecoder().decode(p.get(prefix + ".data"))));
        }
        return list;
    }
}
