package dev.sportello.tck.channels;

import dev.sportello.DomainEvent;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.LetterDocument;
import dev.sportello.spi.PostalLetter;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Valid messages for {@link ChannelContract} subclasses, one per transport port.
 *
 * <p>Thread-safe (stateless).
 */
public final class ChannelMessages {
    private ChannelMessages() {
    }

    /**
     * An SMS.
     *
     * @param key the idempotency key
     * @return the message
     */
    public static SmsMessage sms(String key) {
        return new SmsMessage(key, new PhoneNumber("+393471234567"), "La sua pratica è stata protocollata.",
                SmsEncoding.UCS_2, 1);
    }

    /**
     * An e-mail with a calendar invitation attached.
     *
     * @param key the idempotency key
     * @return the message
     */
    public static EmailMessage email(String key) {
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        return new EmailMessage(key, new EmailAddress("mario.rossi@example.it"), Language.IT, "Appuntamento confermato",
                "Il suo appuntamento è confermato.", "<p>Il suo appuntamento è confermato.</p>",
                List.of(new EmailAttachment("invito.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics)), null,
                new MessageKind("APPOINTMENT_BOOKED"));
    }

    /**
     * A push notification.
     *
     * @param key the idempotency key
     * @return the message
     */
    public static PushMessage push(String key) {
        return new PushMessage(key, UserId.of("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e"), "Pratica aggiornata",
                "La sua pratica è cambiata.", Map.of("kind", "REQUEST_STATUS"));
    }

    /**
     * A domain event.
     *
     * @param key the event id (its idempotency key)
     * @return the event
     */
    public static DomainEvent event(String key) {
        return new DomainEvent(key, dev.sportello.requests.RequestEvents.SUBMITTED, Instant.parse("2026-12-01T09:00:00Z"),
                UserId.of("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e"), null, "request", "r-1",
                Map.of("office", "INPS-ROMA-EUR", "topic", "PENSION", "protocol", "INPS.0001.2026.0000042"));
    }

    /**
     * A letter for a postal channel: a one-page PDF to an address in Rome.
     *
     * @param key the idempotency key
     * @return the letter
     */
    public static PostalLetter letter(String key) {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return new PostalLetter(key, "Maria Rossi", new PostalAddress("Via Roma 1", "00184", "Roma", "RM"),
                "FRAGILE_DOCUMENT", List.of(new LetterDocument("lettera.pdf", "application/pdf", pdf)));
    }
}
