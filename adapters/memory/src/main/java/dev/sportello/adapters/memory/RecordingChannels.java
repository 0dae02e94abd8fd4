package dev.sportello.adapters.memory;

import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * SMS, e-mail and push channels plus an event sink that record what they receive, for tests and
 * examples. Like a well-behaved provider they deduplicate on the idempotency key: a key already
 * accepted is answered with the same provider id and is not recorded again (counted as a duplicate).
 *
 * <p>Thread-safe.
 */
public final class RecordingChannels implements SmsChannel, EmailChannel, PushChannel, EventSink {
    private final List<SmsMessage> sms = new ArrayList<>();
    private final List<EmailMessage> emails = new ArrayList<>();
    private final List<PushMessage> pushes = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Creates empty recordings. */
    public RecordingChannels() {
        // nothing recorded yet
    }

    @Override
    public DeliveryResult send(SmsMessage message) {
        return record(message.idempotencyKey(), message, sms);
    }

    @Override
    public DeliveryResult send(EmailMessage message) {
        return record(message.idempotencyKey(), message, emails);
    }

    @Override
    public DeliveryResult send(PushMessage message) {
        return record(message.idempotencyKey(), message, pushes);
    }

    @Override
    public DeliveryResult publish(DomainEvent event) {
        return record(event.id(), event, events);
    }

    private synchronized <T> DeliveryResult record(String key, T message, List<T> into) {
        String known = accepted.get(key);
        if (known != null) {
            duplicates.incrementAndGet();
            return DeliveryResult.accepted(known);
        }
        String providerId = "rec-" + sequence.incrementAndGet();
        accepted.put(key, providerId);
        into.add(message);
        return DeliveryResult.accepted(providerId);
    }

    /** The SMS received, in order. */
    public synchronized List<SmsMessage> sms() {
        return List.copyOf(sms);
    }

    /** The e-mails received, in order. */
    public synchronized List<EmailMessage> emails() {
        return List.copyOf(emails);
    }

    /** The push notifications received, in order. */
    public synchronized List<PushMessage> pushes() {
        return List.copyOf(pushes);
    }

    /** The events received, in order. */
    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The last SMS that matches a condition.
     *
     * @param condition the condition, not null
     * @return the SMS, if any
     */
    public synchronized Optional<SmsMessage> lastSms(Predicate<SmsMessage> condition) {
        for (int i = sms.size() - 1; i >= 0; i--) {
            if (condition.test(sms.get(i))) {
                return Optional.of(sms.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The one-time code (contact verification or video-call admission) last sent by SMS to a number, as
     * the SDK handed it to the channel ({@link SmsMessage#oneTimeCode()}): tests and demos read it here
     * instead of scraping the text.
     *
     * @param mobile the number
     * @return the code, if one was sent
     */
    public synchronized Optional<String> lastCode(PhoneNumber mobile) {
        for (int i = sms.size() - 1; i >= 0; i--) {
            SmsMessage m = sms.get(i);
            if (m.to().equals(mobile) && m.oneTimeCode() != null) {
                return Optional.of(m.oneTimeCode());
            }
        }
        return Optional.empty();
    }

    /**
     * The one-time code last e-mailed to an address (a contact verification), as the SDK handed it to
     * the channel: tests read it here instead of scraping the text.
     *
     * @param address the address
     * @return the code, if one was sent
     */
    public synchronized Optional<String> lastCode(EmailAddress address) {
        for (int i = emails.size() - 1; i >= 0; i--) {
            EmailMessage m = emails.get(i);
            if (m.to().equals(address) && m.oneTimeCode() != null) {
                return Optional.of(m.oneTimeCode());
            }
        }
        return Optional.empty();
    }

    /** How many deliveries repeated a key already accepted. */
    public int duplicates() {
        return duplicates.get();
    }

    /** Forgets everything recorded. */
    public synchronized void clear() {
        sms.clear();
        emails.clear();
        pushes.clear();
        events.clear();
        accepted.clear();
        duplicates.set(0);
    }
}
