package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.spi.EmailAttachment;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox payload of a message: what the sender needs to build the channel's message after commit. */
final class MessagePayload {
    static final String CHANNEL = "channel";
    static final String RECIPIENT = "recipient";
    static final String TO = "to";
    static final String LANGUAGE = "language";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String ENCODING = "encoding";
    static final String SEGMENTS = "segments";
    static final String ZONE = "zone";
    static final String URGENT = "urgent";
    static final String ATTACHMENT = "att.";
    static final String DATA = "data.";
    /** The one-time code of a verification or admission message, handed to the transport as such. */
    static final String CODE = "code";
    /** The message kind of an e-mail, for transports that pick the sender by it. */
    static final String KIND = "kind";

    private MessagePayload() {
    }

    static Map<String, String> of(Notification notification, Channel channel, String to, RenderedMessage rendered) {
        Recipient recipient = notification.recipient();
        Map<String, String> payload = new HashMap<>();
        payload.put(CHANNEL, channel.name());
        payload.put(RECIPIENT, recipient.id().toString());
        payload.put(LANGUAGE, recipient.language().name());
        payload.put(ZONE, recipient.zone().getId());
        payload.put(TEXT, rendered.text());
        if (notification.urgency() == Urgency.URGENT) {
            payload.put(URGENT, "true");
        }
        if (notification.purpose() == Purpose.VERIFICATION && notification.values().containsKey("code")) {
            payload.put(CODE, notification.values().get("code"));
        }
        if (to != null) {
            payload.put(TO, to);
        }
        if (rendered.subject() != null) {
            payload.put(SUBJECT, rendered.subject());
        }
        if (rendered.html() != null) {
            payload.put(HTML, rendered.html());
        }
        if (rendered.smsEncoding() != null) {
            payload.put(ENCODING, rendered.smsEncoding().name());
            payload.put(SEGMENTS, Integer.toString(rendered.smsSegments()));
        }
        switch (channel) {
            case EMAIL -> {
                payload.put(KIND, notification.kind().code());
                List<EmailAttachment> attachments = notification.attachments();
                for (int i = 0; i < attachments.size(); i++) {
                    EmailAttachment a = attachments.get(i);
                    payload.put(ATTACHMENT + i + ".name", a.fileName());
                    payload.put(ATTACHMENT + i + ".type", a.contentType());
                    payload.put(ATTACHMENT + i + ".data", Base64.getEncoder().encodeToString(a.content()));
                }
            }
            case PUSH -> payload.put(DATA + "kind", notification.kind().code());
            case SMS, INBOX -> {
                // nothing more
            }
        }
        return payload;
    }
}
