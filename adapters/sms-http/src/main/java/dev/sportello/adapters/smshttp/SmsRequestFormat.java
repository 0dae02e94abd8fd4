package dev.sportello.adapters.smshttp;

import dev.sportello.spi.SmsMessage;

/**
 * Writes the body of the request that asks the gateway to send one SMS, so that an integrator can match
 * their provider's API. The {@link #json() default} writes a JSON object; see there for its fields.
 *
 * <p>The channel adds the headers itself ({@code Content-Type} from the body, {@code Idempotency-Key},
 * {@code Accept} and the authentication), so a format only writes the body. If a format throws or returns
 * null, the send is {@linkplain dev.sportello.spi.DeliveryResult.Failed failed} (and retried), never thrown.
 *
 * <p>Implementations must be thread-safe: the channel calls them from the dispatcher's threads at once.
 */
@FunctionalInterface
public interface SmsRequestFormat {

    /**
     * Writes the body for one message.
     *
     * @param message  the message, never null
     * @param senderId the configured sender id (an alphanumeric alias or a number), never null
     * @return the body, not null
     */
    SmsRequestBody write(SmsMessage message, String senderId);

    /**
     * The default: {@code application/json} written by Jackson, one object with
     * {@code sender} (the sender id), {@code recipient} (E.164, e.g. {@code +393471234567}), {@code text},
     * {@code encoding} ({@code GSM_7} or {@code UCS_2}), {@code parts} (the number of SMS parts) and
     * {@code clientReference} (the idempotency key, also sent as the {@code Idempotency-Key} header).
     *
     * @return the format, immutable and thread-safe
     */
    static SmsRequestFormat json() {
        return JsonRequestFormat.INSTANCE;
    }
}
