package dev.sportello.adapters.mail;

import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.users.EmailAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Turns an {@link EmailMessage} into a MIME message:
 * <pre>
 * multipart/mixed
 * ├── multipart/alternative
 * │   ├── text/plain; charset=UTF-8
 * │   └── text/html; charset=UTF-8
 * └── one part per attachment, with its content type exactly as given, base64, disposition attachment
 * </pre>
 * An invitation ({@code text/calendar; method=REQUEST}) is thus a {@code text/calendar} part with the
 * method parameter inside {@code multipart/mixed}, the shape of the iMIP examples (RFC 6047 §4), which
 * Outlook and Gmail show as an invitation. Attachments are base64 so that their bytes arrive exactly (SMTP
 * would turn a bare LF of a 7bit part into CRLF). The subject and display names are RFC 2047 encoded by
 * Jakarta Mail; the texts are UTF-8, quoted-printable or 7bit as Jakarta Mail chooses, never changed.
 *
 * <p>Thread-safe (immutable; each call builds a new message).
 */
final class MimeComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final Senders senders;
    private final String messageIdDomain;
    private final Clock clock;

    MimeComposer(Session session, Senders senders, String messageIdDomain, Clock clock) {
        this.session = session;
        this.senders = senders;
        this.messageIdDomain = messageIdDomain;
        this.clock = clock;
    }

    /** The Message-ID that {@link #compose} gives this message. */
    String messageId(EmailMessage message) {
        return MessageIds.messageId(message.idempotencyKey(), messageIdDomain);
    }

    /** The message as MIME, under the Message-ID that {@link #messageId} gave it. */
    MimeMessage compose(EmailMessage message, String messageId) throws MessagingException {
        MimeMessage mime = new KeyedMimeMessage(session, messageId);
        SenderIdentity sender = senders.forKind(message.kind());
        mime.setFrom(address(sender.address(), sender.displayName()));
        if (sender.replyTo() != null) {
            mime.setReplyTo(new InternetAddress[] {address(sender.replyTo(), null)});
        }
        mime.setRecipient(Message.RecipientType.TO, address(message.to(), null));
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", message.language().tag());
        mime.setHeader("Auto-Submitted", "auto-generated");   // RFC 3834: no vacation replies to a notice

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        alternative.addBodyPart(html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodies);
        for (EmailAttachment attachment : message.attachments()) {
            mixed.addBodyPart(attachmentPart(attachment));
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private static MimeBodyPart attachmentPart(EmailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setHeader("Content-Type", attachment.contentType());
        part.setFileName(attachment.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress address(EmailAddress address, String displayName) throws MessagingException {
        try {
            return displayName == null ? new InternetAddress(address.value(), true)
                    : new InternetAddress(address.value(), displayName, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}
