package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;
import dev.sportello.spi.MessageRecord;
import dev.sportello.spi.MessageTransition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of the message and inbox stores. */
public abstract class MessageStoresContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static MessageId newId() {
        return new MessageId(UUID.randomUUID());
    }

    static MessageRecord queued(MessageId id, UserId user, Channel channel) {
        return new MessageRecord(id, user, channel, MessageKind.REQUEST_REGISTERED, Language.IT, Purpose.TRANSACTIONAL,
                MessageStatus.QUEUED, null, channel == Channel.SMS ? "+*********567" : null,
                channel == Channel.SMS ? 2 : 0, channel == Channel.SMS ? SmsEncoding.UCS_2 : null, T0, null, 0,
                List.of(new StatusChange(MessageStatus.QUEUED, T0, null)), T0, T0);
    }

    @Test
    void roundTripsMessagesWithTheirHistory() {
        UserId user = new UserId(UUID.randomUUID());
        MessageRecord sms = queued(newId(), user, Channel.SMS);
        MessageRecord skipped = new MessageRecord(newId(), user, Channel.EMAIL, MessageKind.PROACTIVE_NOTICE, Language.DE,
                Purpose.PROACTIVE, MessageStatus.SKIPPED, SkipReason.NO_PROACTIVE_OPT_IN, null, 0, null, T0, null, 0,
                List.of(new StatusChange(MessageStatus.SKIPPED, T0, "NO_PROACTIVE_OPT_IN")), T0, T0);
        tx(s -> {
            s.messages().insert(List.of(sms, skipped));
            return null;
        });
        assertThat(tx((Stores s) -> s.messages().find(sms.id()))).contains(sms);
        assertThat(tx((Stores s) -> s.messages().find(skipped.id()))).contains(skipped);
    }

    @Test
    void transitionsApplyOnlyFromTheExpectedStatusAndAppendHistory() {
        UserId user = new UserId(UUID.randomUUID());
        MessageRecord sms = queued(newId(), user, Channel.SMS);
        tx(s -> {
            s.messages().insert(List.of(sms));
            return null;
        });
        Instant t1 = T0.plusSeconds(1);
        assertThat(tx((Stores s) -> s.messages().transition(List.of(new MessageTransition(sms.id(), MessageStatus.QUEUED,
                MessageStatus.SENT, t1, "prov-1", "prov-1", 1))))).containsExactly(sms.id());
        assertThat(tx((Stores s) -> s.messages().transition(List.of(new MessageTransition(sms.id(), MessageStatus.QUEUED,
                MessageStatus.FAILED, t1, "late", null, 2))))).isEmpty();
        MessageRecord sent = tx(s -> s.messages().find(sms.id())).orElseThrow();
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.providerId()).isEqualTo("prov-1");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.history()).extracting(StatusChange::status).containsExactly(MessageStatus.QUEUED, MessageStatus.SENT);
        assertThat(tx((Stores s) -> s.messages().findByProviderId(Channel.SMS, "prov-1"))).contains(sent);
        assertThat(tx((Stores s) -> s.messages().findByProviderId(Channel.EMAIL, "prov-1"))).isEmpty();
        tx(s -> s.messages().transition(List.of(new MessageTransition(sms.id(), MessageStatus.SENT, MessageStatus.DELIVERED,
                T0.plusSeconds(2), "receipt", null, -1))));
        MessageRecord delivered = tx(s -> s.messages().find(sms.id())).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.providerId()).isEqualTo("prov-1");
        assertThat(tx((Stores s) -> s.messages().transition(List.of(new MessageTransition(sms.id(), null, MessageStatus.FAILED,
                T0.plusSeconds(3), "no", null, -1))))).as("final statuses do not change without an expected status").isEmpty();
    }

    @Test
    void listsARecipientsMessagesNewestFirstAndTheQueuedOnesPerChannel() {
        UserId user = new UserId(UUID.randomUUID());
        List<MessageRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(queued(newId(), user, i % 2 == 0 ? Channel.SMS : Channel.EMAIL));
        }
        tx(s -> {
            s.messages().insert(records);
            s.messages().insert(List.of(queued(newId(), new UserId(UUID.randomUUID()), Channel.SMS)));
            return null;
        });
        List<MessageId> expected = records.stream().map(MessageRecord::id)
                .sorted(java.util.Comparator.comparing(MessageId::toString).reversed()).toList();
        Page<MessageRecord> first = tx(s -> s.messages().forRecipient(user, PageRequest.first(3)));
        Page<MessageRecord> second = tx(s -> s.messages().forRecipient(user, PageRequest.first(3).after(first)));
        List<MessageId> seen = new ArrayList<>();
        first.items().forEach(m -> seen.add(m.id()));
        second.items().forEach(m -> seen.add(m.id()));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(tx((Stores s) -> s.messages().queued(user, Channel.SMS))).hasSize(3);
    }

    @Test
    void inboxHidesExpiredNoticesCountsUnreadAndDropsContent() {
        UserId user = new UserId(UUID.randomUUID());
        ProactiveContent content = new ProactiveContent("Gentile Maria,",
                List.of(new Section("Benefici", List.of("Hai diritto a:"), List.of(new Amount("Indennità di accompagnamento",
                        new BigDecimal("542.02"), "al mese")))),
                List.of(new CallToAction("qr-code", "Scarica il QR code", "https://example.it/qr", null)));
        InboxNotice proactive = new InboxNotice(new NoticeId(UUID.randomUUID()), user, new MessageKind("MEDICAL_REPORT"),
                "Verbale emesso", "Apri l'avviso", content, T0, null, T0.plusSeconds(3600));
        InboxNotice plain = new InboxNotice(new NoticeId(UUID.randomUUID()), user, MessageKind.REQUEST_REGISTERED,
                "Richiesta registrata", "Protocollo X", null, T0.plusSeconds(1), null, null);
        tx(s -> {
            s.inbox().insert(proactive);
            s.inbox().insert(plain);
            return null;
        });
        assertThat(tx((Stores s) -> s.inbox().find(proactive.id()))).contains(proactive);
        Page<InboxNotice> page = tx(s -> s.inbox().list(user, T0.plusSeconds(10), PageRequest.first(10)));
        assertThat(page.items()).extracting(InboxNotice::id).containsExactly(
                plain.id().toString().compareTo(proactive.id().toString()) > 0 ? plain.id() : proactive.id(),
                plain.id().toString().compareTo(proactive.id().toString()) > 0 ? proactive.id() : plain.id());
        assertThat(tx((Stores s) -> s.inbox().unread(user, T0.plusSeconds(10)))).isEqualTo(2);
        tx(s -> {
            s.inbox().markRead(plain.id(), T0.plusSeconds(20));
            s.inbox().markRead(plain.id(), T0.plusSeconds(30));
            return null;
        });
        assertThat(tx((Stores s) -> s.inbox().find(plain.id())).orElseThrow().readAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(tx((Stores s) -> s.inbox().unread(user, T0.plusSeconds(10)))).isEqualTo(1);
        Instant afterExpiry = T0.plusSeconds(3600);
        assertThat(tx((Stores s) -> s.inbox().list(user, afterExpiry, PageRequest.first(10))).items())
                .extracting(InboxNotice::id).containsExactly(plain.id());
        assertThat(tx((Stores s) -> s.inbox().unread(user, afterExpiry))).isZero();
        tx(s -> {
            s.inbox().dropContent(proactive.id());
            return null;
        });
        InboxNotice dropped = tx(s -> s.inbox().find(proactive.id())).orElseThrow();
        assertThat(dropped.content()).isNull();
        assertThat(dropped.body()).isEmpty();
    }
}
