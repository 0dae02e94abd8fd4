package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link MessageStore#completeDeliveries}: a dispatcher batch's outbox completions and message
 * status changes recorded together, each change only for an entry whose completion applied (its lease
 * held), exactly as the separate {@link OutboxStore#complete} and {@link MessageStore#transition} calls do.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DeliveryOutcomesContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);

    /** Queues a message and its outbox entry (same id) and claims the entry with {@code token}. */
    private MessageId queuedAndClaimed(UserId user, Channel channel, String token) {
        MessageId id = new MessageId(UUID.randomUUID());
        OutboxEntry entry = OutboxEntry.builder().id(id.toString()).kind(OutboxKind.MESSAGE).type("REQUEST_REGISTERED")
                .payload(Map.of("channel", channel.name(), "text", "Protocollo X")).dueAt(T0)
                .createdAt(T0).updatedAt(T0).build();
        tx(s -> {
            s.get(MessageStore.class).appendAll(List.of(MessageStoresContract.queued(id, user, channel)));
            s.get(OutboxStore.class).appendAll(List.of(entry));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).claim(T0, 10, token, T0.plusSeconds(60))))
                .extracting(OutboxEntry::id).containsExactly(id.toString());
        return id;
    }

    private List<String> complete(List<OutboxCompletion> completions, List<MessageTransition> transitions) {
        return tx(s -> s.get(MessageStore.class).completeDeliveries(s.get(OutboxStore.class), completions, transitions, T1));
    }

    private MessageRecord message(MessageId id) {
        return tx(s -> s.get(MessageStore.class).find(id)).orElseThrow();
    }

    private OutboxEntry entry(MessageId id) {
        return tx(s -> s.get(OutboxStore.class).find(id.toString())).orElseThrow();
    }

    @Test
    void recordsSentRetriedAndDeadOutcomesOfOneBatchTogether() {
        UserId user = new UserId(UUID.randomUUID());
        MessageId sent = queuedAndClaimed(user, Channel.SMS, "t-sent");
        MessageId retried = queuedAndClaimed(user, Channel.EMAIL, "t-retry");
        MessageId dead = queuedAndClaimed(user, Channel.PUSH, "t-dead");
        Instant retryAt = T1.plusSeconds(30);
        List<String> applied = complete(List.of(
                new OutboxCompletion(sent.toString(), "t-sent", OutboxStatus.DONE, 1, T0, null, true),
                new OutboxCompletion(retried.toString(), "t-retry", OutboxStatus.PENDING, 1, retryAt, "timeout", false),
                new OutboxCompletion(dead.toString(), "t-dead", OutboxStatus.DEAD, 5, T0, "gone", false)), List.of(
                new MessageTransition(sent, MessageStatus.QUEUED, MessageStatus.SENT, T1, null, "prov-9", 1),
                new MessageTransition(retried, MessageStatus.QUEUED, MessageStatus.QUEUED, T1, "attempt 1 failed: timeout", null, 1),
                new MessageTransition(dead, MessageStatus.QUEUED, MessageStatus.FAILED, T1, "dead-lettered: gone", null, 5)));
        assertThat(applied).containsExactlyInAnyOrder(sent.toString(), retried.toString(), dead.toString());

        OutboxEntry done = entry(sent);
        assertThat(done.status()).isEqualTo(OutboxStatus.DONE);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.payload()).as("a delivered message drops its content").isEmpty();
        assertThat(done.leaseToken()).isNull();
        OutboxEntry pending = entry(retried);
        assertThat(pending.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(pending.dueAt()).isEqualTo(retryAt);
        assertThat(pending.lastError()).isEqualTo("timeout");
        assertThat(pending.payload()).containsEntry("text", "Protocollo X");
        assertThat(entry(dead).status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(entry(dead).attempts()).isEqualTo(5);

        MessageRecord s = message(sent);
        assertThat(s.status()).isEqualTo(MessageStatus.SENT);
        assertThat(s.providerId()).isEqualTo("prov-9");
        assertThat(s.attempts()).isEqualTo(1);
        assertThat(s.history()).extracting(StatusChange::status).containsExactly(MessageStatus.QUEUED, MessageStatus.SENT);
        assertThat(tx((Stores st) -> st.get(MessageStore.class).findByProviderId(Channel.SMS, "prov-9"))).contains(s);
        MessageRecord r = message(retried);
        assertThat(r.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(r.history()).hasSize(2);
        assertThat(r.history().get(1).detail()).isEqualTo("attempt 1 failed: timeout");
        assertThat(message(dead).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message(dead).attempts()).isEqualTo(5);
    }

    @Test
    void aLostLeaseLeavesBothTheEntryAndItsMessageAlone() {
        UserId user = new UserId(UUID.randomUUID());
        MessageId mine = queuedAndClaimed(user, Channel.SMS, "t-mine");
        MessageId stolen = queuedAndClaimed(user, Channel.SMS, "t-new");
        List<String> applied = complete(List.of(
                new OutboxCompletion(mine.toString(), "t-mine", OutboxStatus.DONE, 1, T0, null, true),
                new OutboxCompletion(stolen.toString(), "t-old", OutboxStatus.DONE, 1, T0, null, true)), List.of(
                new MessageTransition(mine, MessageStatus.QUEUED, MessageStatus.SENT, T1, null, "p-1", 1),
                new MessageTransition(stolen, MessageStatus.QUEUED, MessageStatus.SENT, T1, null, "p-2", 1)));
        assertThat(applied).containsExactly(mine.toString());
        assertThat(entry(stolen).status()).isEqualTo(OutboxStatus.IN_FLIGHT);
        assertThat(entry(stolen).leaseToken()).isEqualTo("t-new");
        assertThat(entry(stolen).payload()).isNotEmpty();
        MessageRecord untouched = message(stolen);
        assertThat(untouched.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(untouched.providerId()).isNull();
        assertThat(untouched.history()).hasSize(1);
        assertThat(tx((Stores s) -> s.get(MessageStore.class).findByProviderId(Channel.SMS, "p-2"))).isEmpty();
        assertThat(message(mine).status()).isEqualTo(MessageStatus.SENT);
        assertThat(complete(List.of(new OutboxCompletion(mine.toString(), "t-mine", OutboxStatus.DONE, 2, T0, null, true)),
                List.of(new MessageTransition(mine, MessageStatus.QUEUED, MessageStatus.FAILED, T1, "late", null, 2))))
                .as("a completed entry cannot be completed again").isEmpty();
        assertThat(message(mine).history()).hasSize(2);
    }

    @Test
    void aChangeFromAnotherStatusIsSkippedWhileTheEntryCompletesAndEntriesWithoutChangesComplete() {
        UserId user = new UserId(UUID.randomUUID());
        MessageId cancelled = queuedAndClaimed(user, Channel.EMAIL, "t-1");
        tx(s -> s.get(MessageStore.class).transition(List.of(new MessageTransition(cancelled, MessageStatus.QUEUED,
                MessageStatus.CANCELLED, T0, "opt-out", null, -1))));
        List<MessageId> plain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plain.add(queuedAndClaimed(user, Channel.PUSH, "t-p" + i));
        }
        List<OutboxCompletion> completions = new ArrayList<>(List.of(
                new OutboxCompletion(cancelled.toString(), "t-1", OutboxStatus.DONE, 1, T0, null, true)));
        for (int i = 0; i < plain.size(); i++) {   // deferred by a rate limit: no message change
            completions.add(new OutboxCompletion(plain.get(i).toString(), "t-p" + i, OutboxStatus.PENDING, 0,
                    T1.plusSeconds(1), null, false));
        }
        List<String> applied = complete(completions, List.of(
                new MessageTransition(cancelled, MessageStatus.QUEUED, MessageStatus.SENT, T1, null, "p-x", 1)));
        assertThat(applied).hasSize(4);
        assertThat(message(cancelled).status()).isEqualTo(MessageStatus.CANCELLED);
        assertThat(message(cancelled).providerId()).isNull();
        for (MessageId id : plain) {
            assertThat(entry(id).status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(entry(id).dueAt()).isEqualTo(T1.plusSeconds(1));
            assertThat(message(id).history()).hasSize(1);
        }
    }
}
