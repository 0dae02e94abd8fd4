package dev.sportello.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A {@link MimeMessage} whose {@code Message-ID} is fixed in advance: {@code saveChanges()} calls
 * {@link #updateMessageID()}, which in {@code MimeMessage} overwrites any header set directly with a
 * fresh random id (LIBRARY-PICKS.md §2).
 *
 * <p>Not thread-safe (one per send).
 */
final class KeyedMimeMessage extends MimeMessage {
    private final String messageId;

    KeyedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
