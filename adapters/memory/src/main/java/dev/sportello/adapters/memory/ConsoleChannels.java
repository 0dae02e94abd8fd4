package dev.sportello.adapters.memory;

import dev.sportello.Arguments;
import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Channels that print each message to a stream, for the quickstart and local demos. Destinations are
 * printed masked; the content is printed as is, so do not point these at real users' data.
 *
 * <p>Thread-safe.
 */
public final class ConsoleChannels implements SmsChannel, EmailChannel, PushChannel, EventSink {
    private final PrintStream out;
    private final boolean printEvents;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Prints to a stream.
     *
     * @param out         the stream, not null
     * @param printEvents whether to print domain events too
     */
    public ConsoleChannels(PrintStream out, boolean printEvents) {
        this.out = Arguments.required(out, "ConsoleChannels", "out");
        this.printEvents = printEvents;
    }

    @Override
    public DeliveryResult send(SmsMessage message) {
        print("SMS to " + message.to().masked() + " (" + message.segments() + " part(s), " + message.encoding() + ")",
                message.text());
        return DeliveryResult.accepted("console-" + sequence.incrementAndGet());
    }

    @Override
    public DeliveryResult send(EmailMessage message) {
        StringBuilder head = new StringBuilder("E-mail to ").append(message.to().masked()).append(": ")
                .append(message.subject());
        message.attachments().forEach(a -> head.append(" [attached ").append(a.fileName()).append(']'));
        print(head.toString(), message.text());
        return DeliveryResult.accepted("console-" + sequence.incrementAndGet());
    }

    @Override
    public DeliveryResult send(PushMessage message) {
        print("Push to user " + message.recipient() + ": " + message.title(), message.body());
        return DeliveryResult.accepted("console-" + sequence.incrementAndGet());
    }

    @Override
    public DeliveryResult publish(DomainEvent event) {
        if (printEvents) {
            synchronized (out) {
                out.println("  [event] " + event.type() + " " + event.subjectType() + " " + event.subjectId());
            }
        }
        return DeliveryResult.accepted(event.id());
    }

    private void print(String head, String body) {
        synchronized (out) {
            out.println("  [" + head + "]");
            for (String line : body.split("\n")) {
                out.println("    | " + line);
            }
        }
    }
}
