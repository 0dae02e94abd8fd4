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
 */
public record SmsMessage(String idempotencyKey, PhoneNumber to, String text, SmsEncoding encoding, int segments) {
    /** Checks the components. */
    public SmsMessage {
        Arguments.required(idempotencyKey, "SmsMessage", "idempotencyKey");
        Arguments.required(to, "SmsMessage", "to");
        Arguments.required(text, "SmsMessage", "text");
        Arguments.required(encoding, "SmsMessage", "encoding");
    }

    @Override
    public String toString() {
        return "SmsMessage[" + idempotencyKey + ", to " + to.masked() + ", " + segments + " part(s)]";
    }
}
