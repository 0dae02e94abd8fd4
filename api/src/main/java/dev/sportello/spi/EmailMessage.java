package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.Language;
import dev.sportello.notifications.MessageKind;
import dev.sportello.users.EmailAddress;

import java.util.List;

/**
 * A rendered e-mail for an {@link EmailChannel}: plain text and HTML alternatives.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the address and the content.
 *
 * @param idempotencyKey the message id, not null
 * @param to             the verified address, not null
 * @param language       the language of the content, not null
 * @param subject        the subject, not null
 * @param text           the plain-text body, not null
 * @param html           the HTML body, not null
 * @param attachments    attachments, not null
 * @param oneTimeCode    the one-time code the message carries (a contact verification), for tests and
 *                       code-aware transports; null for any other message
 * @param kind           the event the message is about (a transport may choose the sender and reply-to
 *                       by it); null when the message was built without one (the forms of SPI 1.0)
 */
public record EmailMessage(String idempotencyKey, EmailAddress to, Language language, String subject, String text,
                           String html, List<EmailAttachment> attachments, String oneTimeCode, MessageKind kind) {
    /** Checks and copies the components. */
    public EmailMessage {
        Arguments.required(idempotencyKey, "EmailMessage", "idempotencyKey");
        Arguments.required(to, "EmailMessage", "to");
        Arguments.required(language, "EmailMessage", "language");
        Arguments.required(subject, "EmailMessage", "subject");
        Arguments.required(text, "EmailMessage", "text");
        Arguments.required(html, "EmailMessage", "html");
        attachments = Arguments.list(attachments, "EmailMessage", "attachments");
    }

    /**
     * An e-mail without a kind (the form of SPI 1.0, kept for adapters that build messages).
     *
     * @param idempotencyKey the message id, not null
     * @param to             the address, not null
     * @param language       the language, not null
     * @param subject        the subject, not null
     * @param text           the plain-text body, not null
     * @param html           the HTML body, not null
     * @param attachments    attachments, not null
     * @param oneTimeCode    the one-time code, or null
     */
    public EmailMessage(String idempotencyKey, EmailAddress to, Language language, String subject, String text,
                        String html, List<EmailAttachment> attachments, String oneTimeCode) {
        this(idempotencyKey, to, language, subject, text, html, attachments, oneTimeCode, null);
    }

    /**
     * An e-mail without a one-time code (the form of SPI 1.0, kept for adapters that build messages).
     *
     * @param idempotencyKey the message id, not null
     * @param to             the address, not null
     * @param language       the language, not null
     * @param subject        the subject, not null
     * @param text           the plain-text body, not null
     * @param html           the HTML body, not null
     * @param attachments    attachments, not null
     */
    public EmailMessage(String idempotencyKey, EmailAddress to, Language language, String subject, String text,
                        String html, List<EmailAttachment> attachments) {
        this(idempotencyKey, to, language, subject, text, html, attachments, null, null);
    }

    @Override
    public String toString() {
        return "EmailMessage[" + idempotencyKey + ", to " + to.masked() + ", " + attachments.size() + " attachment(s)]";
    }
}
