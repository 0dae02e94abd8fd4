package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.users.PhoneNumber;


/**
 * A rendered SMS for an {@link SmsChannel}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the number and the text.
 *
 * @param idempotencyKey the message id; the same key may arrive again after a failure, not null
 * @param to             the verified mobile number, not null
 * @param text           the text, not null
 * @param encoding       the alphabet the text needs, not null
 * @param segments       the number of parts
 * @param oneTimeCode    the one-time code the text carries (a contact verification or a video call's
 *                       admission code), for transports that treat codes specially (an SMS retriever
 *                       hash, a code-aware gateway) and for tests; null for any other message
 */
public record SmsMessage(String idempotencyKey, PhoneNumber to, String text, SmsEncoding encoding, int segments,
                         String oneTimeCode) {
    /** Checks the components. */
    public SmsMessage {
        Arguments.required(idempotencyKey, "SmsMessage", "idempotencyKey");
        Arguments.required(to, "SmsMessage", "to");
        Arguments.required(text, "SmsMessage", "text");
        Arguments.required(encoding, "SmsMessage", "encoding");
    }

    /**
     * An SMS without a one-time code (the form of SPI 1.0, kept for adapters that build messages).
     *
     * @param idempotencyKey the message id, not null
     * @param to             the mobile number, not null
     * @param text           the text, not null
     * @param encoding       the alphabet, not null
     * @param segments       the number of parts
     */
    public SmsMessage(String idempotencyKey, PhoneNumber to, String text, SmsEncoding encoding, int segments) {
        this(idempotencyKey, to, text, encoding, segments, null);
    }

    @Override
    public String toString() {
        return "SmsMessage[" + idempotencyKey + ", to " + to.masked() + ", " + segments + " part(s)]";
    }
}
