package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Building the channel message of a queued entry, and quiet hours checked again at sending time (R-NOT-1, R-USR-3). */
class MessageSenderTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final RecordingChannels channels = new RecordingChannels();
    private final MessageSender sender = new MessageSender(channels, channels, channels,
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));

    private static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(ROME).toInstant();
    }

    private static OutboxEntry entry(Map<String, String> payload) {
        Instant at = rome("2026-11-23T10:00");
        return OutboxEntry.builder().id("00000000-0000-7000-8000-000000000042").kind(OutboxKind.MESSAGE)
                .type("REQUEST_REGISTERED").payload(payload).dueAt(at).createdAt(at).updatedAt(at).build();
    }

    private static Map<String, String> payload(Channel channel) {
        Map<String, String> p = new HashMap<>();
        p.put(MessagePayload.CHANNEL, channel.name());
        p.put(MessagePayload.RECIPIENT, "00000000-0000-7000-8000-000000000007");
        p.put(MessagePayload.LANGUAGE, "IT");
        p.put(MessagePayload.ZONE, ROME.getId());
        p.put(MessagePayload.TEXT, "Testo");
        return p;
    }

    @Test
    @DisplayName("R-USR-3 an SMS that is not urgent, retried in quiet hours, waits for their end")
    void aRetriedSmsWaitsForTheMorning() {
        OutboxEntry sms = entry(payload(Channel.SMS));
        assertThat(sender.deferUntil(sms, rome("2026-11-23T22:30"))).isEqualTo(rome("2026-11-24T08:00"));
        assertThat(sender.deferUntil(sms, rome("2026-11-24T06:00"))).isEqualTo(rome("2026-11-24T08:00"));
        assertThat(sender.deferUntil(sms, rome("2026-11-24T08:00"))).as("the window has ended").isNull();
        assertThat(sender.deferUntil(sms, rome("2026-11-23T10:00"))).isNull();
    }

    @Test
    @DisplayName("R-USR-3 urgent SMS and other channels are never held back")
    void urgentSmsAndOtherChannelsGoAtOnce() {
        Map<String, String> urgent = payload(Channel.SMS);
        urgent.put(MessagePayload.URGENT, "true");
        Instant night = rome("2026-11-23T23:00");
        assertThat(sender.deferUntil(entry(urgent), night)).isNull();
        assertThat(sender.deferUntil(entry(payload(Channel.EMAIL)), night)).isNull();
        assertThat(sender.deferUntil(entry(payload(Channel.PUSH)), night)).isNull();
    }

    @Test
    @DisplayName("R-NOT-1 an e-mail carries every attachment of its entry, in order and decoded")
    void anEmailCarriesItsAttachments() {
        Map<String, String> p = payload(Channel.EMAIL);
        p.put(MessagePayload.TO, "maria.rossi@example.it");
        p.put(MessagePayload.SUBJECT, "Appuntamento");
        p.put(MessagePayload.HTML, "<p>Testo</p>");
        for (int i = 0; i < 2; i++) {
            p.put(MessagePayload.ATTACHMENT + i + ".name", "file" + i + ".ics");
            p.put(MessagePayload.ATTACHMENT + i + ".type", "text/calendar");
            p.put(MessagePayload.ATTACHMENT + i + ".data",
                    Base64.getEncoder().encodeToString(("BEGIN:VCALENDAR " + i).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(sender.sending(entry(p)).get()).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(channels.emails()).singleElement().satisfies(e -> {
            assertThat(e.to().value()).isEqualTo("maria.rossi@example.it");
            assertThat(e.attachments()).extracting(EmailAttachment::fileName).containsExactly("file0.ics", "file1.ics");
            assertThat(new String(e.attachments().get(1).content(), StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR 1");
        });
    }

    @Test
    @DisplayName("R-NOT-1 a push message carries the entry's data fields without their prefix, and nothing else")
    void aPushCarriesItsData() {
        Map<String, String> p = payload(Channel.PUSH);
        p.put(MessagePayload.SUBJECT, "Titolo");
        p.put(MessagePayload.DATA + "kind", "REQUEST_REGISTERED");
        p.put(MessagePayload.DATA + "screen", "requests");
        sender.sending(entry(p)).get();
        assertThat(channels.pushes()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Titolo");
            assertThat(m.body()).isEqualTo("Testo");
            assertThat(m.data()).isEqualTo(Map.of("kind", "REQUEST_REGISTERED", "screen", "requests"));
        });
    }
}
