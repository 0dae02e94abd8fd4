package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.DeadLetter;
import dev.sportello.DispatchReport;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import dev.sportello.users.UpdateProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox dispatcher over the storage under test: retries with backoff, dead letters and re-drive,
 * refusals, timeouts, rate limits, two dispatchers at once, and faults that must lose nothing.
 */
public abstract class DispatcherContract extends StorageContract {
    private static final Map<String, String> VALUES = Map.of("protocol", "P-2026-000001", "subject", "Test",
            "office", "Roma");

    /** How many messages the two-dispatcher test delivers; PostgreSQL adapters raise it to 10,000. */
    protected int exactlyOnceLoad() {
        return 2_000;
    }

    /**
     * An SMS channel that records normally (so that contact points can be verified) until a test gives it
     * another behaviour.
     */
    private static final class SwitchableSms implements SmsChannel {
        final RecordingChannels recorder = new RecordingChannels();
        volatile SmsChannel behaviour;

        @Override
        public DeliveryResult send(SmsMessage message) {
            SmsChannel current = behaviour;
            return current == null ? recorder.send(message) : current.send(message);
        }
    }

    private final SwitchableSms sms = new SwitchableSms();

    private SdkHarness harness(DispatcherSettings settings) {
        return new SdkHarness(storage, sms.recorder, new MutableClock(SdkHarness.START),
                b -> b.smsChannel(sms).dispatcherSettings(settings));
    }

    private static DispatcherSettings quick() {
        return DispatcherSettings.defaults().withRetries(3, Duration.ofSeconds(10), Duration.ofHours(1))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(300));
    }

    private static MessageView sms(SdkHarness h, UserProfile user) {
        return h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), MessageKind.REQUEST_REGISTERED,
                Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null, true)).get(0);
    }

    private static MessageView view(SdkHarness h, MessageId id) {
        return h.sdk.notifications().message(SdkHarness.PORTAL, id);
    }

    @Test
    void eventsReachTheSinkAfterCommitWithWhoActedAndForWhom() {
        try (SdkHarness h = new SdkHarness(storage)) {
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            h.sdk.delegations().grant(SdkHarness.as(company), new dev.sportello.delegation.GrantDelegation(
                    dev.sportello.delegation.DelegationKind.MANDATE, company.id(), consultant.id(), null,
                    SdkHarness.START.plus(Duration.ofDays(1))));
            h.sdk.users().update(SdkHarness.as(consultant).actingFor(company.id()),
                    new UpdateProfile(company.id(), 0, "Nuovo nome", null, null));
            h.deliver();
            DomainEvent updated = h.channels.events().stream().filter(e -> e.type().equals("user.updated")).findFirst().orElseThrow();
            assertThat(updated.actor()).isEqualTo(consultant.id());
            assertThat(updated.onBehalfOf()).isEqualTo(company.id());
            assertThat(h.channels.events()).extracting(DomainEvent::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void failuresAreRetriedWithGrowingBackoffThenDeadLetteredAndRedriven() {
        AtomicInteger mode = new AtomicInteger();
        RecordingChannels delivered = new RecordingChannels();
        try (SdkHarness h = harness(quick())) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = m -> mode.get() == 0 ? DeliveryResult.failed("gateway down") : delivered.send(m);
            MessageView message = sms(h, user);
            Instant t0 = h.clock.instant();
            DispatchReport first = h.sdk.dispatcher().runOnce();
            assertThat(first.retried()).isEqualTo(1);
            OutboxEntry afterOne = tx(s -> s.outbox().find(message.id().toString())).orElseThrow();
            assertThat(Duration.between(t0, afterOne.dueAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThat(h.sdk.dispatcher().runOnce().claimed()).as("not due yet").isZero();
            h.clock.set(afterOne.dueAt());
            h.sdk.dispatcher().runOnce();
            OutboxEntry afterTwo = tx(s -> s.outbox().find(message.id().toString())).orElseThrow();
            assertThat(Duration.between(afterOne.dueAt(), afterTwo.dueAt())).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            h.clock.set(afterTwo.dueAt());
            assertThat(h.sdk.dispatcher().runOnce().deadLettered()).isEqualTo(1);
            MessageView failed = view(h, message.id());
            assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.history()).extracting(c -> c.detail() == null ? "" : c.detail())
                    .anyMatch(d -> d.startsWith("attempt 1 failed: gateway down"))
                    .anyMatch(d -> d.startsWith("dead-lettered after 3 attempts"));
            List<DeadLetter> dead = h.sdk.dispatcher().deadLetters(SdkHarness.PORTAL, PageRequest.first(10)).items();
            assertThat(dead).extracting(DeadLetter::id).contains(message.id().toString());
            ScenarioContract.fails(() -> h.sdk.dispatcher().deadLetters(SdkHarness.as(user), PageRequest.first(10)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            mode.set(1);
            h.sdk.dispatcher().redrive(SdkHarness.PORTAL, message.id().toString());
            ScenarioContract.fails(() -> h.sdk.dispatcher().redrive(SdkHarness.PORTAL, message.id().toString()),
                    ErrorCode.OUT_ENTRY_NOT_DEAD);
            ScenarioContract.fails(() -> h.sdk.dispatcher().redrive(SdkHarness.PORTAL, "no-such-entry"),
                    ErrorCode.OUT_ENTRY_NOT_FOUND);
            h.deliver();
            assertThat(view(h, message.id()).status()).isEqualTo(MessageStatus.SENT);
            assertThat(delivered.sms()).extracting(SmsMessage::idempotencyKey).containsExactly(message.id().toString());
        }
    }

    @Test
    void refusalsAreNotRetried() {
        try (SdkHarness h = harness(quick())) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = m -> DeliveryResult.refused("number blocked");
            MessageView message = sms(h, user);
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.refused()).isEqualTo(1);
            MessageView refused = view(h, message.id());
            assertThat(refused.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(refused.history().get(refused.history().size() - 1).detail()).isEqualTo("refused: number blocked");
            h.clock.advance(Duration.ofDays(1));
            assertThat(h.sdk.dispatcher().drain(10).claimed()).isZero();
            assertThat(tx(s -> s.outbox().find(message.id().toString())).orElseThrow().status()).isEqualTo(OutboxStatus.DONE);
        }
    }

    @Test
    void slowSendsTimeOutAndAreRetried() {
        AtomicInteger calls = new AtomicInteger();
        RecordingChannels provider = new RecordingChannels();
        SmsChannel slowOnce = m -> {
            if (calls.incrementAndGet() == 1) {
                sleep(2_000);
            }
            return provider.send(m);
        };
        try (SdkHarness h = harness(quick())) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = slowOnce;
            MessageView message = sms(h, user);
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            assertThat(view(h, message.id()).history()).anyMatch(c -> c.detail() != null && c.detail().contains("timed out"));
            h.clock.advance(Duration.ofMinutes(1));
            h.deliver();
            assertThat(view(h, message.id()).status()).isEqualTo(MessageStatus.SENT);
        }
    }

    @Test
    void aRateLimitDefersWhatExceedsIt() {
        try (SdkHarness h = harness(quick().withRateLimit(Channel.SMS, 5))) {
            UserProfile user = h.citizenWithContacts();
            h.deliver();
            sleep(1_100);
            RecordingChannels provider = sms.recorder;
            int before = provider.sms().size();
            for (int i = 0; i < 12; i++) {
                sms(h, user);
            }
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.delivered()).isEqualTo(5);
            assertThat(report.deferred()).isEqualTo(7);
            assertThat(provider.sms()).hasSize(before + 5);
        }
    }

    @Test
    void twoDispatchersDeliverEachMessageExactlyOnce() throws Exception {
        RecordingChannels shared = new RecordingChannels();
        MutableClock clock = new MutableClock(SdkHarness.START);
        DispatcherSettings settings = DispatcherSettings.defaults().withBatchSize(100);
        // a millisecond of "network" per push keeps both dispatchers busy at the same time
        dev.sportello.spi.PushChannel network = m -> {
            sleep(1);
            return shared.send(m);
        };
        try (SdkHarness one = new SdkHarness(storage, shared, clock, b -> b.dispatcherSettings(settings).pushChannel(network));
             SdkHarness two = new SdkHarness(storage, shared, clock, b -> b.dispatcherSettings(settings).pushChannel(network))) {
            UserProfile user = one.citizen();
            one.deliver();
            int n = exactlyOnceLoad();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < n / 4; i++) {
                            one.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                                    MessageKind.REQUEST_REGISTERED, Set.of(Channel.PUSH), VALUES, Purpose.TRANSACTIONAL, null, false));
                        }
                    }));
                }
                for (Future<?> f : writers) {
                    f.get(10, TimeUnit.MINUTES);
                }
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger total = new AtomicInteger();
                // an empty claim does not mean the outbox is drained: a store may skip rows the other
                // dispatcher holds locked (H2 may apply the row limit before skipping), so both keep
                // polling until everything has been delivered by one of them
                Function<SdkHarness, Future<Integer>> run = h -> pool.submit(() -> {
                    go.await();
                    int delivered = 0;
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                    while (total.get() < n && System.nanoTime() < deadline) {
                        DispatchReport r = h.sdk.dispatcher().runOnce();
                        delivered += r.delivered();
                        total.addAndGet(r.delivered());
                        if (r.claimed() == 0) {
                            sleep(1);
                        }
                    }
                    return delivered;
                });
                Future<Integer> a = run.apply(one);
                Future<Integer> b = run.apply(two);
                go.countDown();
                int byOne = a.get(10, TimeUnit.MINUTES);
                int byTwo = b.get(10, TimeUnit.MINUTES);
                assertThat(byOne + byTwo).isEqualTo(n);
                assertThat(byOne).as("both dispatchers took part").isPositive();
                assertThat(byTwo).as("both dispatchers took part").isPositive();
            } finally {
                pool.shutdownNow();
            }
            List<PushMessage> pushes = shared.pushes();
            assertThat(pushes).hasSize(n);
            assertThat(pushes).extracting(PushMessage::idempotencyKey).doesNotHaveDuplicates();
            assertThat(shared.duplicates()).isZero();
        }
    }

    /** A provider that fails 30% of the time, is sometimes slower than the timeout, and dedupes by key. */
    private static final class FlakyProvider implements SmsChannel {
        final RecordingChannels recipients = new RecordingChannels();
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch blocker;

        /** Waits while blocked, then accepts (used to hold a batch in its send phase). */
        DeliveryResult blockThenAccept(SmsMessage message) {
            calls.incrementAndGet();
            CountDownLatch block = blocker;
            if (block != null) {
                try {
                    block.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return DeliveryResult.failed("interrupted");
                }
            }
            return recipients.send(message);
        }

        @Override
        public DeliveryResult send(SmsMessage message) {
            calls.incrementAndGet();
            double dice = ThreadLocalRandom.current().nextDouble();
            if (dice < 0.30) {
                return DeliveryResult.failed("random failure");
            }
            DeliveryResult accepted = recipients.send(message);
            if (dice < 0.33) {
                sleep(400);
            }
            return accepted;
        }
    }

    @Test
    void aDispatcherStoppedMidBatchLeavesItsClaimToExpireAndAnotherDeliversItOnce() throws Exception {
        FlakyProvider provider = new FlakyProvider();
        DispatcherSettings settings = DispatcherSettings.defaults().withBatchSize(20).withWorkers(1)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(30));
        try (SdkHarness h = harness(settings)) {
            UserProfile user = h.citizenWithContacts();
            h.deliver();
            List<MessageId> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(sms(h, user).id());
            }
            sms.behaviour = m -> provider.blockThenAccept(m);
            provider.blocker = new CountDownLatch(1);
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            try {
                h.sdk.dispatcher().start(executor, Duration.ofMillis(10));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (provider.calls.get() == 0 && System.nanoTime() < deadline) {
                    sleep(5);
                }
                assertThat(h.sdk.dispatcher().stop(Duration.ofMillis(50))).as("stopped mid-batch").isFalse();
            } finally {
                executor.shutdownNow();
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                provider.blocker.countDown();
            }
            provider.blocker = null;
            assertThat(statusCounts().get(OutboxStatus.IN_FLIGHT)).as("the interrupted batch stays claimed; outbox: %s",
                    statusCounts()).isEqualTo(20);
            assertThat(h.sdk.dispatcher().runOnce().claimed()).as("a valid lease keeps other runs away").isEqualTo(20);
            h.clock.advance(Duration.ofSeconds(61));
            h.deliver();
            assertThat(ids).allSatisfy(id -> assertThat(view(h, id).status()).isEqualTo(MessageStatus.SENT));
            assertThat(provider.recipients.sms()).extracting(SmsMessage::idempotencyKey).doesNotHaveDuplicates()
                    .containsAll(ids.stream().map(MessageId::toString).toList());
        }
    }

    @Test
    void faultsLoseNothingAndNeverDeliverTwice() throws Exception {
        FlakyProvider provider = new FlakyProvider();
        DispatcherSettings settings = DispatcherSettings.defaults().withBatchSize(50)
                .withRetries(8, Duration.ofSeconds(1), Duration.ofMinutes(10))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(200));
        int n = 300;
        List<MessageId> ids = new ArrayList<>();
        try (SdkHarness h = harness(settings)) {
            UserProfile user = h.citizenWithContacts();
            for (int i = 0; i < n; i++) {
                ids.add(sms(h, user).id());
            }
            sms.behaviour = provider;
            // a started dispatcher is stopped in the middle of its work and another picks up
            ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
            try {
                h.sdk.dispatcher().start(executor, Duration.ofMillis(10));
                sleep(300);
                h.sdk.dispatcher().stop(Duration.ofMillis(20));
            } finally {
                executor.shutdownNow();
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            for (int round = 0; round < 40 && !settled(); round++) {
                h.clock.advance(Duration.ofMinutes(11));
                h.deliver();
            }
            Set<MessageStatus> seen = new HashSet<>();
            int sent = 0;
            for (MessageId id : ids) {
                MessageView view = view(h, id);
                seen.add(view.status());
                sent += view.status() == MessageStatus.SENT ? 1 : 0;
            }
            assertThat(seen).isSubsetOf(MessageStatus.SENT, MessageStatus.FAILED);
            List<String> keys = provider.recipients.sms().stream().map(SmsMessage::idempotencyKey).toList();
            assertThat(keys).as("no recipient got a message twice").doesNotHaveDuplicates();
            assertThat(new HashSet<>(keys)).containsAll(ids.stream().filter(id -> view(h, id).status() == MessageStatus.SENT)
                    .map(MessageId::toString).toList());
            assertThat(sent).isGreaterThan(n * 9 / 10);
            assertThat(provider.calls.get()).as("failures and timeouts made the dispatcher retry").isGreaterThan(n);
        }
    }

    private Map<OutboxStatus, Integer> statusCounts() {
        Map<OutboxStatus, Integer> counts = new java.util.EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, tx(s -> s.outbox().list(status, PageRequest.first(200))).items().size());
        }
        return counts;
    }

    private boolean settled() {
        return tx(s -> s.outbox().list(OutboxStatus.PENDING, PageRequest.first(1)).items().isEmpty()
                && s.outbox().list(OutboxStatus.IN_FLIGHT, PageRequest.first(1)).items().isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
