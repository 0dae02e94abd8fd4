package dev.sportello.examples.quickstart;

import dev.sportello.DomainEvent;
import dev.sportello.adapters.memory.ConsoleChannels;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;

/**
 * The quickstart's transports: every message is printed to the console and recorded, so that the
 * narrated user can "read" a code from their phone; e-mails also travel over real SMTP (to the
 * in-process server the quickstart starts), and the SMTP channel's answer is the one that counts.
 */
final class Demo implements SmsChannel, EmailChannel, PushChannel, EventSink {
    final RecordingChannels recorded = new RecordingChannels();
    private final ConsoleChannels console = new ConsoleChannels(System.out, false);
    private final EmailChannel smtp;

    Demo(EmailChannel smtp) {
        this.smtp = smtp;
    }

    @Override
    public DeliveryResult send(SmsMessage message) {
        console.send(message);
        return recorded.send(message);
    }

    @Override
    public DeliveryResult send(EmailMessage message) {
        console.send(message);
        recorded.send(message);
        return smtp.send(message);
    }

    @Override
    public DeliveryResult send(PushMessage message) {
        console.send(message);
        return recorded.send(message);
    }

    @Override
    public DeliveryResult publish(DomainEvent event) {
        return recorded.publish(event);
    }

    static void step(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    static void say(String format, Object... args) {
        System.out.println("   " + String.format(format, args));
    }
}
