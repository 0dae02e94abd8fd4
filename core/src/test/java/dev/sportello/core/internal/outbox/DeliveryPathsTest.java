package dev.sportello.core.internal.outbox;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the dispatcher sends messages: quiet hours, rate limits, odd transports, interrupts, lost leases, its pool. */
class DeliveryPathsTest {
    /** An SMS channel that records as usual until a test gives it another behaviour. */
    private static final class SwitchableSms implements SmsChannel {
        volatile SmsChannel normal;
        volatile SmsChannel behaviour;

        @Override
        public DeliveryResult send(SmsMessage message) {
            SmsChannel current = behaviour;
            return current == null ? normal.send(message) : current.send(message);
        }
    }

    private final SwitchableSms sms = new SwitchableSms();
    private final CoreFixture h = new CoreFixture(b -> b.smsChannel(sms));
    private UserProfile user;

    {
        sms.normal = h.channels;
    }

    @AfterEach
    void close() {
        h.close();
    }

    private UserProfile user() {
        if (user == null) {
            user = h.citizen();
            h.verifiedContact(user, ContactKind.MOBILE, h.data.mobileAsTyped());
            h.deliver();
        }
        return user;
    }

    private MessageView send(Urgency urgency) {
        return h.sdk.notifications().schedule(CoreFixture.PORTAL, new ScheduleMessage(user().id(),
                RequestMessageKinds.REGISTERED, Set.of(Channel.SMS), Map.of("protocol", "P-2026-000001", "subject", "Test"),
                Purpose.TRANSACTIONAL, null, urgency)).get(0);
    }

    private OutboxEntry entry(MessageView message) {
        return h.read(s -> s.get(OutboxStore.class).find(message.id().toString())).orElseThrow();
    }

    private MessageView view(MessageView message) {
        return h.sdk.notifications().message(CoreFixture.PORTAL, message.id());
    }

    private static List<String> details(MessageView message) {
        return message.history().stream().map(StatusChange::detail).filter(d -> d != null).toList();
    }

    @Nested
    @DisplayName("R-NOT-3 quiet hours and rate limits defer a message without counting an attempt")
    class Deferrals {
        @Test
        @DisplayName("R-NOT-3 a normal SMS that comes due in quiet hours waits for their end, and says so")
        void quietHoursDefer() {
            user();
            h.clock.set(CoreFixture.rome("2026-11-23T20:50"));
            MessageView message = send(Urgency.NORMAL);
            h.clock.set(CoreFixture.rome("2026-11-23T22:00"));
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.deferred()).isEqualTo(1);
            assertThat(report.delivered()).isZero();
            Instant morning = CoreFixture.rome("2026-11-24T08:00");
            assertThat(entry(message).dueAt()).isEqualTo(morning);
            assertThat(entry(message).attempts()).isZero();
            assertThat(view(message).status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(details(view(message))).contains("deferred by quiet hours until " + morning);
            h.clock.set(morning);
            assertThat(h.sdk.dispatcher().runOnce().delivered()).isEqualTo(1);
            assertThat(view(message).status()).isEqualTo(MessageStatus.SENT);
        }

        @Test
        @DisplayName("R-NOT-3 over the channel's rate, the rest of a batch waits a second, with no attempt and no history")
        void rateLimitDefers() {
            user();
            List<MessageView> messages = List.of(send(Urgency.URGENT), send(Urgency.URGENT), send(Urgency.URGENT));
            int before = h.channels.sms().size();
            try (CoreFixture limited = new CoreFixture(ignored -> h.storage, b -> b.dispatcher(d -> d.rateLimit(Channel.SMS, 1)))) {
                limited.clock.set(h.clock.instant());
                DispatchReport report = limited.sdk.dispatcher().runOnce();
                assertThat(report.claimed()).isEqualTo(3);
                assertThat(report.delivered()).as("one a second, the first at once").isEqualTo(1);
                assertThat(report.deferred()).isEqualTo(2);
                assertThat(limited.channels.sms()).hasSize(1);
                List<OutboxEntry> waiting = messages.stream().map(DeliveryPathsTest.this::entry)
                        .filter(e -> e.status() == OutboxStatus.PENDING).toList();
                assertThat(waiting).hasSize(2).allSatisfy(e -> {
                    assertThat(e.dueAt()).isEqualTo(h.clock.instant().plusSeconds(1));
                    assertThat(e.attempts()).isZero();
                });
                assertThat(messages).map(DeliveryPathsTest.this::view).filteredOn(m -> m.status() == MessageStatus.QUEUED)
                        .hasSize(2).allSatisfy(m -> assertThat(details(m)).isEmpty());
            }
            assertThat(h.channels.sms()).hasSize(before);
        }
    }

    @Nested
    @DisplayName("a send that misbehaves counts as a failed attempt named after what happened")
    class OddTransports {
        @Test
        @DisplayName("a transport that returns no result, or throws, is retried with the failure named")
        void nullResultsAndExceptions() {
            MessageView message = send(Urgency.URGENT);
            sms.behaviour = m -> null;
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            assertThat(entry(message).lastError()).isEqualTo("IllegalStateException: a transport returned no result");
            h.clock.set(entry(message).dueAt());
            sms.behaviour = m -> {
                throw new UnsupportedOperationException();
            };
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            assertThat(entry(message).lastError()).isEqualTo("UnsupportedOperationException");
            assertThat(entry(message).attempts()).isEqualTo(2);
            assertThat(details(view(message))).contains("attempt 2 failed: UnsupportedOperationException");
        }

        @Test
        @DisplayName("a failure reason is kept to its first 500 characters")
        void longReasonsAreCut() {
            MessageView message = send(Urgency.URGENT);
            String reason = "x".repeat(600);
            sms.behaviour = m -> DeliveryResult.failed(reason);
            h.sdk.dispatcher().runOnce();
            assertThat(entry(message).lastError()).isEqualTo(reason.substring(0, 500));
        }

        @Test
        @DisplayName("an interrupted dispatcher cancels its sends, keeps its interrupt and leaves the batch to its lease")
        void anInterruptCancelsTheSends() throws InterruptedException {
            MessageView message = send(Urgency.URGENT);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            sms.behaviour = m -> {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    cancelled.countDown();
                }
                return DeliveryResult.failed("late");
            };
            AtomicReference<DispatchReport> report = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread host = new Thread(() -> {
                report.set(h.sdk.dispatcher().runOnce());
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            host.start();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            host.interrupt();
            host.join(10_000);
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("the send is cancelled").isTrue();
            assertThat(stillInterrupted).isTrue();
            assertThat(report.get()).isEqualTo(new DispatchReport(1, 0, 0, 0, 0, 0));
            assertThat(entry(message).status()).isEqualTo(OutboxStatus.IN_FLIGHT);
            assertThat(view(message).status()).isEqualTo(MessageStatus.QUEUED);
        }

        @Test
        @DisplayName("a result that comes after another dispatcher took the entry over is not recorded")
        void aLateResultIsDropped() {
            MessageView message = send(Urgency.URGENT);
            AtomicInteger calls = new AtomicInteger();
            AtomicReference<DispatchReport> inner = new AtomicReference<>();
            sms.behaviour = m -> {
                if (calls.incrementAndGet() == 1) {
                    h.clock.advance(Duration.ofSeconds(31));
                    inner.set(h.sdk.dispatcher().runOnce());
                    return DeliveryResult.failed("too late");
                }
                return DeliveryResult.failed("second try failed");
            };
            h.sdk.dispatcher().runOnce();
            assertThat(inner.get().retried()).isEqualTo(1);
            OutboxEntry entry = entry(message);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).isEqualTo("second try failed");
            assertThat(details(view(message))).containsExactly("attempt 1 failed: second try failed");
        }
    }

    @Nested
    @DisplayName("sends run in the host's executor if given, else in the dispatcher's own daemon pool")
    class Pools {
        @Test
        @DisplayName("the own pool starts with the first send, on daemon threads, and refuses sends once closed")
        void theOwnPool() {
            OutboxDispatcher dispatcher = (OutboxDispatcher) h.sdk.dispatcher();
            assertThat(dispatcher.sendPoolStarted()).as("building the SDK starts no thread").isFalse();
            user();
            assertThat(dispatcher.sendPoolStarted()).isTrue();
            AtomicReference<Thread> thread = new AtomicReference<>();
            sms.behaviour = m -> {
                thread.set(Thread.currentThread());
                return h.channels.send(m);
            };
            MessageView message = send(Urgency.URGENT);
            dispatcher.runOnce();
            assertThat(thread.get().getName()).startsWith("sportello-send-");
            assertThat(thread.get().isDaemon()).isTrue();
            send(Urgency.URGENT);
            dispatcher.close();
            assertThatThrownBy(dispatcher::runOnce).isInstanceOf(IllegalStateException.class).hasMessage("the SDK is closed");
            assertThat(view(message).status()).isEqualTo(MessageStatus.SENT);
        }

        @Test
        @DisplayName("with the host's executor the dispatcher starts no pool of its own")
        void theHostsExecutor() {
            ExecutorService host = Executors.newSingleThreadExecutor(r -> new Thread(r, "host-send"));
            SwitchableSms hostSms = new SwitchableSms();
            try (CoreFixture f = new CoreFixture(b -> b.smsChannel(hostSms).dispatcher(d -> d.sendExecutor(host)))) {
                AtomicReference<String> thread = new AtomicReference<>();
                hostSms.normal = m -> {
                    thread.set(Thread.currentThread().getName());
                    return f.channels.send(m);
                };
                UserProfile maria = f.citizen();
                f.verifiedContact(maria, ContactKind.MOBILE, f.data.mobileAsTyped());
                f.deliver();
                assertThat(thread.get()).isEqualTo("host-send");
                assertThat(((OutboxDispatcher) f.sdk.dispatcher()).sendPoolStarted()).isFalse();
                f.close();
                assertThat(host.isShutdown()).as("the host's executor is the host's to shut down").isFalse();
            } finally {
                host.shutdownNow();
            }
        }
    }
}
