package dev.sportello.core.internal.outbox;

import dev.sportello.AuditEntry;
import dev.sportello.DispatchReport;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.RemoteTask;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tasks;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The SDK's own tasks run by the dispatcher: local ones in the transaction that completes them, remote calls outside. */
class TaskRunnerTest {
    private static final TaskType<String> LOCAL = OutboxRig.type("test.local");
    private static final TaskType<String> REMOTE = OutboxRig.type("test.remote");
    private static final DispatcherSettings SETTINGS = DispatcherSettings.builder()
            .retries(2, Duration.ofSeconds(10), Duration.ofMinutes(10))
            .timeouts(Duration.ofMinutes(1), Duration.ofMillis(300)).build();

    private final List<String> localRuns = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Function<String, String> remoteCall = payload -> "room-" + payload;
    private final OutboxRig rig = new OutboxRig(SETTINGS, this::register);

    private void register(Tasks tasks) {
        tasks.register(LOCAL, (tx, payload) -> {
            localRuns.add(payload);
            tx.audit("RAN", new OutboxRig.Subject(payload));
            if (payload.startsWith("fail")) {
                throw new IllegalStateException("boom");
            }
        });
        tasks.registerRemote(REMOTE, new RemoteTask<String, String>() {
            @Override
            public String call(String payload) {
                calls.incrementAndGet();
                return remoteCall.apply(payload);
            }

            @Override
            public void record(Tx tx, String payload, String result) {
                tx.audit("RECORDED " + result, new OutboxRig.Subject(payload));
            }
        });
    }

    @AfterEach
    void close() {
        rig.close();
    }

    /** A rig with a long send timeout, for tests where only something else may end the wait. */
    private OutboxRig patient() {
        return new OutboxRig(SETTINGS.withTimeouts(Duration.ofMinutes(5), Duration.ofMinutes(1)), this::register);
    }

    private static List<String> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    @Nested
    @DisplayName("a local task runs in the transaction that marks its entry done, so its effect happens once")
    class Local {
        @Test
        @DisplayName("a task that succeeds is done after one attempt and is not run again")
        void aTaskRunsOnce() {
            rig.schedule(LOCAL, "a");
            DispatchReport report = rig.dispatcher.runOnce();
            assertThat(report.claimed()).isEqualTo(1);
            assertThat(report.delivered()).isEqualTo(1);
            assertThat(report.retried()).isZero();
            OutboxEntry done = rig.entry();
            assertThat(done.status()).isEqualTo(OutboxStatus.DONE);
            assertThat(done.attempts()).isEqualTo(1);
            assertThat(actions(rig.audit("a"))).containsExactly("RAN");
            rig.clock.advance(Duration.ofHours(1));
            assertThat(rig.dispatcher.drain(5).claimed()).isZero();
            assertThat(localRuns).containsExactly("a");
        }

        @Test
        @DisplayName("a task that throws leaves no effect, is retried with backoff, then dead-lettered")
        void aFailingTaskIsRetriedThenDead() {
            rig.schedule(LOCAL, "fail-1");
            Instant t0 = rig.clock.instant();
            DispatchReport first = rig.dispatcher.runOnce();
            assertThat(first.retried()).isEqualTo(1);
            assertThat(first.delivered()).isZero();
            OutboxEntry retry = rig.entry();
            assertThat(retry.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(retry.attempts()).isEqualTo(1);
            assertThat(retry.lastError()).isEqualTo("IllegalStateException: boom");
            assertThat(Duration.between(t0, retry.dueAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThat(rig.audit("fail-1")).as("the failed transaction is rolled back").isEmpty();
            assertThat(rig.dispatcher.runOnce().claimed()).as("not due before its backoff").isZero();
            rig.clock.set(retry.dueAt());
            DispatchReport second = rig.dispatcher.runOnce();
            assertThat(second.deadLettered()).isEqualTo(1);
            assertThat(second.retried()).isZero();
            OutboxEntry dead = rig.entry();
            assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
            assertThat(dead.attempts()).isEqualTo(2);
            assertThat(localRuns).containsExactly("fail-1", "fail-1");
        }

        @Test
        @DisplayName("an entry whose task has no handler is not lost: it fails like a delivery and is retried")
        void aTaskWithoutHandlerIsRetried() {
            Instant now = rig.clock.instant();
            rig.enqueue(OutboxEntry.builder().id(rig.kernel.ids().nextText()).kind(OutboxKind.TASK).type("test.gone")
                    .payload(Map.of()).dueAt(now).createdAt(now).updatedAt(now).build());
            assertThat(rig.dispatcher.runOnce().retried()).isEqualTo(1);
            assertThat(rig.entry().status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(rig.entry().lastError()).isEqualTo("IllegalStateException: no handler for task test.gone");
        }
    }

    @Nested
    @DisplayName("a remote task makes its call outside any transaction and records the result when its entry is done")
    class Remote {
        @Test
        @DisplayName("the result of the call is recorded and the entry is done")
        void theResultIsRecorded() {
            rig.schedule(REMOTE, "r1");
            DispatchReport report = rig.dispatcher.runOnce();
            assertThat(report.delivered()).isEqualTo(1);
            assertThat(rig.entry().status()).isEqualTo(OutboxStatus.DONE);
            assertThat(rig.entry().attempts()).isEqualTo(1);
            assertThat(actions(rig.audit("r1"))).containsExactly("RECORDED room-r1");
            rig.clock.advance(Duration.ofHours(1));
            assertThat(rig.dispatcher.drain(5).claimed()).isZero();
            assertThat(calls).hasValue(1);
        }

        @Test
        @DisplayName("a call that throws is retried, with the failure named in the entry")
        void aFailingCallIsRetried() {
            remoteCall = payload -> {
                throw new IllegalArgumentException("provider down");
            };
            rig.schedule(REMOTE, "r2");
            assertThat(rig.dispatcher.runOnce().retried()).isEqualTo(1);
            assertThat(rig.entry().status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(rig.entry().lastError()).isEqualTo("IllegalStateException: IllegalArgumentException: provider down");
            assertThat(rig.audit("r2")).isEmpty();
        }

        @Test
        @DisplayName("a failure without a message is named by its type alone")
        void aFailureWithoutMessage() {
            remoteCall = payload -> {
                throw new UnsupportedOperationException();
            };
            rig.schedule(REMOTE, "r3");
            rig.dispatcher.runOnce();
            assertThat(rig.entry().lastError()).isEqualTo("IllegalStateException: UnsupportedOperationException");
        }

        @Test
        @DisplayName("a call that outlasts the send timeout is cancelled and retried")
        void aSlowCallTimesOut() throws InterruptedException {
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            remoteCall = payload -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    cancelled.countDown();
                }
                return "late";
            };
            rig.schedule(REMOTE, "r4");
            try {
                assertThat(rig.dispatcher.runOnce().retried()).isEqualTo(1);
                assertThat(rig.entry().lastError()).isEqualTo("IllegalStateException: timed out after PT0.3S");
                assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("the call is interrupted").isTrue();
                assertThat(rig.audit("r4")).isEmpty();
            } finally {
                never.countDown();
            }
        }

        @Test
        @DisplayName("when another dispatcher took the entry after the lease, only its result is recorded")
        void aLostLeaseRecordsNothing() {
            try (OutboxRig patient = patient()) {
                AtomicReference<DispatchReport> inner = new AtomicReference<>();
                remoteCall = payload -> {
                    if (calls.get() == 1) {
                        patient.clock.advance(patient.settings.lease().plusSeconds(1));
                        inner.set(patient.dispatcher.runOnce());
                        return "first, too late";
                    }
                    return "second";
                };
                patient.schedule(REMOTE, "r5");
                DispatchReport outer = patient.dispatcher.runOnce();
                assertThat(inner.get().delivered()).isEqualTo(1);
                assertThat(outer.delivered()).as("the late call does not count").isZero();
                assertThat(outer.retried()).isZero();
                assertThat(actions(patient.audit("r5"))).containsExactly("RECORDED second");
                assertThat(patient.entry().status()).isEqualTo(OutboxStatus.DONE);
                assertThat(patient.entry().attempts()).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("an interrupted dispatcher cancels the call, keeps its interrupt and runs no further task")
        void anInterruptStopsTheTasks() throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch callCancelled = new CountDownLatch(1);
            remoteCall = payload -> {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    callCancelled.countDown();
                }
                return "late";
            };
            OutboxRig patient = patient();
            patient.schedule(REMOTE, "first");
            patient.schedule(REMOTE, "second");
            AtomicReference<DispatchReport> report = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread host = new Thread(() -> {
                report.set(patient.dispatcher.runOnce());
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            host.start();
            try {
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                host.interrupt();
                host.join(10_000);
                assertThat(host.isAlive()).isFalse();
                assertThat(callCancelled.await(10, TimeUnit.SECONDS)).as("the call is cancelled").isTrue();
            } finally {
                never.countDown();
            }
            List<OutboxEntry> entries = patient.entries();
            patient.close();
            assertThat(report.get().claimed()).isEqualTo(2);
            assertThat(report.get().retried()).isEqualTo(1);
            assertThat(stillInterrupted).isTrue();
            assertThat(calls).as("the second task is left for after the lease").hasValue(1);
            assertThat(entries).extracting(OutboxEntry::status)
                    .containsExactlyInAnyOrder(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT);
            assertThat(entries).filteredOn(e -> e.status() == OutboxStatus.PENDING).singleElement()
                    .extracting(OutboxEntry::lastError).isEqualTo("IllegalStateException: interrupted");
        }
    }
}
