package dev.sportello.tck;

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
import dev.sportello.notifications.NotificationMessageKinds;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.Stores;
import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of the message and inbox stores.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class MessageStoresContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static MessageId newId() {
        return new MessageId(UUID.randomUUID());
    }

    static MessageRecord queued(MessageId id, UserId user, Channel channel) {
        return MessageRecord.builder().id(id).recipient(user).channel(channel).kind(RequestMessageKinds.REGISTERED)
                .language(Language.IT).purpose(Purpose.TRANSACTIONAL).status(MessageStatus.QUEUED)
                .destination(channel == Channel.SMS ? "+*********567" : null)
                .smsSegments(channel == Channel.SMS ? 2 : 0).smsEncoding(channel == Channel.SMS ? SmsEncoding.UCS_2 : null)
                .dueAt(T0).attempts(0).history(List.of(new StatusChange(MessageStatus.QUEUED, T0, null)))
                .createdAt(T0).updatedAt(T0).build();
    }

    /** {@link DeliveryOutcomesContract}, on the same adapter. */
    @Nested
    class DeliveryOutcomes extends DeliveryOutcomesContract {
        @Override
        protected UnitOfWork freshStorage() {
            return MessageStoresContract.this.freshStorage();
        }
    }

    @Test
    void roundTripsMessagesWithTheirHistory() {
        UserId user = new UserId(UUID.randomUUID());
        MessageRecord sms = queued(newId(), user, Channel.SMS);
        MessageRecord skipped = MessageRecord.builder().id(newId()).recipient(user).channel(Channel.EMAIL)
                .kind(NotificationMessageKinds.PROACTIVE_NOTICE).language(Language.DE).purpose(Purpose.PROACTIVE)
                .status(MessageStatus.SKIPPED).skipReason(SkipReason.NO_PROACTIVE_OPT_IN).dueAt(T0)
                .history(List.of(new StatusChange(MessageStatus.SKIPPED, T0, "NO_PROACTIVE_OPT_IN")))
                .createdAt(T0).updatedAt(T0).build();
        tx(s -> {
            s.get(MessageStore.class).appendAll(List.of(sms, skipped));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MessageStore.class).find(sms.id()))).contains(sms);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).find(skipped.id()))).contains(skipped);
    }

    @Test
    void transitionsApplyOnlyFromTheExpectedStatusAndAppendHistory() {
        UserId user = new UserId(UUID.randomUUID());
        MessageRecord sms = queued(newId(), user, Channel.SMS);
        tx(s -> {
            s.get(MessageStore.class).appendAll(List.of(sms));
            return null;
        });
        Instant t1 = T0.plusSeconds(1);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).transition(List.of(new MessageTransition(sms.id(), MessageStatus.QUEUED,
                MessageStatus.SENT, t1, "prov-1", "prov-1", 1))))).containsExactly(sms.id());
        assertThat(tx((Stores s) -> s.get(MessageStore.class).transition(List.of(new MessageTransition(sms.id(), MessageStatus.QUEUED,
                MessageStatus.FAILED, t1, "late", null, 2))))).isEmpty();
        MessageRecord sent = tx(s -> s.get(MessageStore.class).find(sms.id())).orElseThrow();
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.providerId()).isEqualTo("prov-1");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.history()).extracting(StatusChange::status).containsExactly(MessageStatus.QUEUED, MessageStatus.SENT);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).findByProviderId(Channel.SMS, "prov-1"))).contains(sent);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).findByProviderId(Channel.EMAIL, "prov-1"))).isEmpty();
        tx(s -> s.get(MessageStore.class).transition(List.of(new MessageTransition(sms.id(), MessageStatus.SENT, MessageStatus.DELIVERED,
                T0.plusSeconds(2), "receipt", null, -1))));
        MessageRecord delivered = tx(s -> s.get(MessageStore.class).find(sms.id())).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.providerId()).isEqualTo("prov-1");
        assertThat(tx((Stores s) -> s.get(MessageStore.class).transition(List.of(new MessageTransition(sms.id(), null, MessageStatus.FAILED,
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
            s.get(MessageStore.class).appendAll(records);
            s.get(MessageStore.class).appendAll(List.of(queued(newId(), new UserId(UUID.randomUUID()), Channel.SMS)));
            return null;
        });
        List<MessageId> expected = records.stream().map(MessageRecord::id)
                .sorted(java.util.Comparator.comparing(MessageId::toString).reversed()).toList();
        Page<MessageRecord> first = tx(s -> s.get(MessageStore.class).forRecipient(user, PageRequest.first(3)));
        Page<MessageRecord> second = tx(s -> s.get(MessageStore.class).forRecipient(user, PageRequest.first(3).after(first)));
        List<MessageId> seen = new ArrayList<>();
        first.items().forEach(m -> seen.add(m.id()));
        second.items().forEach(m -> seen.add(m.id()));
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).queued(user, Channel.SMS))).hasSize(3);
    }

    @Test
    void inboxHidesExpiredNoticesCountsUnreadAndDropsContent() {
        UserId user = new UserId(UUID.randomUUID());
        ProactiveContent content = new ProactiveContent("Gentile Maria,",
                List.of(new Section("Benefici", List.of("Hai diritto a:"), List.of(new Amount("Indennità di accompagnamento",
                        new BigDecimal("542.02"), "al mese")))),
                List.of(new CallToAction("qr-code", "Scarica il QR code", "https://example.it/qr", null)));
        InboxNotice proactive = InboxNotice.builder().id(new NoticeId(UUID.randomUUID())).recipient(user)
                .kind(new MessageKind("MEDICAL_REPORT")).title("Verbale emesso").body("Apri l'avviso").content(content)
                .createdAt(T0).expiresAt(T0.plusSeconds(3600)).build();
        InboxNotice plain = InboxNotice.builder().id(new NoticeId(UUID.randomUUID())).recipient(user)
                .kind(RequestMessageKinds.REGISTERED).title("Richiesta registrata").body("Protocollo X")
                .createdAt(T0.plusSeconds(1)).build();
        tx(s -> {
            s.get(InboxStore.class).appendAll(List.of(proactive, plain));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(InboxStore.class).find(proactive.id()))).contains(proactive);
        Page<InboxNotice> page = tx(s -> s.get(InboxStore.class).list(user, T0.plusSeconds(10), PageRequest.first(10)));
        assertThat(page.items()).extracting(InboxNotice::id).containsExactly(
                plain.id().toString().compareTo(proactive.id().toString()) > 0 ? plain.id() : proactive.id(),
                plain.id().toString().compareTo(proactive.id().toString()) > 0 ? proactive.id() : plain.id());
        assertThat(tx((Stores s) -> s.get(InboxStore.class).unread(user, T0.plusSeconds(10)))).isEqualTo(2);
        tx(s -> {
            s.get(InboxStore.class).markRead(plain.id(), T0.plusSeconds(20));
            s.get(InboxStore.class).markRead(plain.id(), T0.plusSeconds(30));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(InboxStore.class).find(plain.id())).orElseThrow().readAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(tx((Stores s) -> s.get(InboxStore.class).unread(user, T0.plusSeconds(10)))).isEqualTo(1);
        Instant afterExpiry = T0.plusSeconds(3600);
        assertThat(tx((Stores s) -> s.get(InboxStore.class).list(user, afterExpiry, PageRequest.first(10))).items())
                .extracting(InboxNotice::id).containsExactly(plain.id());
        assertThat(tx((Stores s) -> s.get(InboxStore.class).unread(user, afterExpiry))).isZero();
        tx(s -> {
            s.get(InboxStore.class).dropContent(proactive.id());
            return null;
        });
        InboxNotice dropped = tx(s -> s.get(InboxStore.class).find(proactive.id())).orElseThrow();
        assertThat(dropped.content()).isNull();
        assertThat(dropped.body()).isEmpty();
    }
}
