package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox dispatcher over the storage under test when things go wrong at scale: two dispatchers at
 * once, a dispatcher stopped in the middle of a batch, and a flaky provider that must lose nothing and
 * never deliver twice.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class DispatcherFaultsContract extends DispatcherScenarios {

    /** How many messages the two-dispatcher test delivers; PostgreSQL adapters raise it to 10,000. */
    protected int exactlyOnceLoad() {
        return 2_000;
    }

    @Test
    void twoDispatchersDeliverEachMessageExactlyOnce() throws Exception {
        RecordingChannels shared = new RecordingChannels();
        MutableClock clock = new MutableClock(SdkHarness.START);
        // a millisecond of "network" per push keeps both dispatchers busy at the same time
        PushChannel network = m -> {
            takeTime(1);
            return shared.send(m);
        };
        try (SdkHarness one = new SdkHarness(storage, shared, clock, b -> b.dispatcher(d -> d.batchSize(100)).pushChannel(network));
             SdkHarness two = new SdkHarness(storage, shared, clock, b -> b.dispatcher(d -> d.batchSize(100)).pushChannel(network))) {
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
                                    RequestMessageKinds.REGISTERED, Set.of(Channel.PUSH), VALUES, Purpose.TRANSACTIONAL,
                                    null, Urgency.NORMAL));
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
                // polling, a millisecond apart, until everything has been delivered by one of them
                Function<SdkHarness, Future<Integer>> run = h -> pool.submit(() -> {
                    go.await();
                    int delivered = 0;
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                    while (total.get() < n && System.nanoTime() < deadline) {
                        DispatchReport r = h.sdk.dispatcher().runOnce();
                        delivered += r.delivered();
                        total.addAndGet(r.delivered());
                        if (r.claimed() == 0) {
                            takeTime(1);
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

    /** Accepts every message, holding each send until the test lets them all go; dedupes by key. */
    private static final class HeldProvider implements SmsChannel {
        final RecordingChannels recipients = new RecordingChannels();
        final CountDownLatch firstCall = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public DeliveryResult send(SmsMessage message) {
            firstCall.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DeliveryResult.failed("interrupted");
            }
            return recipients.send(message);
        }
    }

    @Test
    void aDispatcherStoppedMidBatchLeavesItsClaimToExpireAndAnotherDeliversItOnce() throws Exception {
        HeldProvider held = new HeldProvider();
        try (SdkHarness h = harness(d -> d.batchSize(20).workers(1).timeouts(Duration.ofSeconds(60), Duration.ofSeconds(30)))) {
            UserProfile user = h.citizenWithContacts();
            h.deliver();
            List<MessageId> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(sms(h, user).id());
            }
            sms.behaviour = held;
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            try {
                h.sdk.dispatcher().start(executor, Duration.ofMillis(10));
                assertThat(held.firstCall.await(30, TimeUnit.SECONDS)).as("the batch reached its send phase").isTrue();
                assertThat(h.sdk.dispatcher().stop(Duration.ofMillis(50))).as("stopped mid-batch").isFalse();
            } finally {
                executor.shutdownNow();
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                held.release.countDown();
            }
            assertThat(statusCounts().get(OutboxStatus.IN_FLIGHT)).as("the interrupted batch stays claimed; outbox: %s",
                    statusCounts()).isEqualTo(20);
            assertThat(h.sdk.dispatcher().runOnce().claimed()).as("a valid lease keeps other runs away").isEqualTo(20);
            h.clock.advance(Duration.ofSeconds(61));
            h.deliver();
            assertThat(ids).allSatisfy(id -> assertThat(view(h, id).status()).isEqualTo(MessageStatus.SENT));
            assertThat(held.recipients.sms()).extracting(SmsMessage::idempotencyKey).doesNotHaveDuplicates()
                    .containsAll(ids.stream().map(MessageId::toString).toList());
        }
    }

    /**
     * Fails 30% of the calls and answers 3% after the send timeout, from a seeded sequence; dedupes by
     * key like a real provider.
     */
    private static final class FlakyProvider implements SmsChannel {
        final RecordingChannels recipients = new RecordingChannels();
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch busy = new CountDownLatch(60);
        private final Random dice = new Random(20261201L);

        private synchronized double roll() {
            return dice.nextDouble();
        }

        @Override
        public DeliveryResult send(SmsMessage message) {
            calls.incrementAndGet();
            busy.countDown();
            double roll = roll();
            if (roll < 0.30) {
                return DeliveryResult.failed("random failure");
            }
            DeliveryResult accepted = recipients.send(message);
            if (roll < 0.33) {
                takeTime(400);
            }
            return accepted;
        }
    }

    @Test
    void faultsLoseNothingAndNeverDeliverTwice() throws Exception {
        FlakyProvider provider = new FlakyProvider();
        int n = 300;
        List<MessageId> ids = new ArrayList<>();
        try (SdkHarness h = harness(d -> d.batchSize(50).retries(8, Duration.ofSeconds(1), Duration.ofMinutes(10))
                .timeouts(Duration.ofSeconds(30), Duration.ofMillis(200)))) {
            UserProfile user = h.citizenWithContacts();
            for (int i = 0; i < n; i++) {
                ids.add(sms(h, user).id());
            }
            sms.behaviour = provider;
            // a started dispatcher is stopped in the middle of its work and another run picks up
            ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
            try {
                h.sdk.dispatcher().start(executor, Duration.ofMillis(10));
                assertThat(provider.busy.await(60, TimeUnit.SECONDS)).as("the dispatcher was working").isTrue();
                h.sdk.dispatcher().stop(Duration.ofMillis(20));
            } finally {
                executor.shutdownNow();
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(settled()).as("the stop came before the work was done").isFalse();
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
}
