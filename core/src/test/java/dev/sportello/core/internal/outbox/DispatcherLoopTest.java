package dev.sportello.core.internal.outbox;

import dev.sportello.DispatchReport;
import dev.sportello.ErrorCode;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.RemoteTask;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tasks;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher's loops on the host's executor: when each runs again, how they stop, and how drain ends. */
class DispatcherLoopTest {
    private static final TaskType<String> LOCAL = OutboxRig.type("test.loop");
    private static final TaskType<String> REMOTE = OutboxRig.type("test.loop-remote");
    private static final Duration POLL = Duration.ofSeconds(30);

    private final List<String> runs = new CopyOnWriteArrayList<>();
    private final CountDownLatch blocking = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final OutboxRig rig = new OutboxRig(DispatcherSettings.builder().batchSize(2).workers(2).build(), this::register);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ExecutorService hosts = Executors.newCachedThreadPool();

    private void register(Tasks tasks) {
        tasks.register(LOCAL, (tx, payload) -> {
            if (payload.equals("block")) {
                blocking.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException("interrupted");
                }
            }
            runs.add(payload);
        });
        tasks.registerRemote(REMOTE, new RemoteTask<String, String>() {
            @Override
            public String call(String payload) {
                return payload;
            }

            @Override
            public void record(Tx tx, String payload, String result) {
                runs.add("remote " + result);
            }
        });
    }

    @AfterEach
    void close() {
        release.countDown();
        rig.close();
        scheduler.shutdownNow();
        hosts.shutdownNow();
    }

    private void schedule(String... payloads) {
        for (String payload : payloads) {
            rig.schedule(LOCAL, payload);
        }
    }

    @Nested
    @DisplayName("starting")
    class Starting {
        @Test
        @DisplayName("a missing executor or an interval that is not positive or longer than a day is a configuration error")
        void theArgumentsAreChecked() {
            fails(() -> rig.dispatcher.start(null, POLL), ErrorCode.CONFIG_INVALID);
            fails(() -> rig.dispatcher.start(scheduler, null), ErrorCode.CONFIG_INVALID);
            fails(() -> rig.dispatcher.start(scheduler, Duration.ZERO), ErrorCode.CONFIG_INVALID);
            fails(() -> rig.dispatcher.start(scheduler, Duration.ofMillis(-1)), ErrorCode.CONFIG_INVALID);
            fails(() -> rig.dispatcher.start(scheduler, Duration.ofDays(2)), ErrorCode.CONFIG_INVALID);
            assertThat(scheduler.jobs()).as("a refused start schedules nothing").isEmpty();
            rig.dispatcher.start(scheduler, Duration.ofDays(1));
            assertThat(scheduler.jobs()).hasSize(2);
        }

        @Test
        @DisplayName("one loop per worker starts at once; a second start is refused; after a stop it may start again")
        void oneLoopPerWorker() {
            rig.dispatcher.start(scheduler, POLL);
            assertThat(scheduler.jobs()).extracting(j -> j.delayMillis).containsExactly(0L, 0L);
            fails(() -> rig.dispatcher.start(scheduler, POLL), ErrorCode.OUT_ALREADY_STARTED);
            assertThat(scheduler.jobs()).hasSize(2);
            assertThat(rig.dispatcher.stop(Duration.ofSeconds(5))).isTrue();
            assertThat(scheduler.jobs()).allMatch(ManualScheduler.Job::isCancelled);
            rig.dispatcher.start(scheduler, POLL);
            assertThat(scheduler.jobs()).hasSize(4);
            assertThat(scheduler.jobs().subList(2, 4)).noneMatch(ManualScheduler.Job::isCancelled);
        }

        @Test
        @DisplayName("an executor that refuses tasks is a configuration error and leaves the dispatcher stopped")
        void aRefusingExecutorIsRefused() {
            scheduler.capacity = 1;
            fails(() -> rig.dispatcher.start(scheduler, POLL), ErrorCode.CONFIG_INVALID);
            assertThat(scheduler.jobs()).singleElement().satisfies(job -> assertThat(job.isCancelled())
                    .as("the loop already scheduled is cancelled").isTrue());
            scheduler.capacity = Integer.MAX_VALUE;
            rig.dispatcher.start(scheduler, POLL);
            assertThat(scheduler.jobs()).hasSize(3);
        }

        @Test
        @DisplayName("a stop waits at most one day")
        void stopTimeoutIsBounded() {
            fails(() -> rig.dispatcher.stop(Duration.ofDays(1).plusSeconds(1)), ErrorCode.CONFIG_INVALID);
            assertThat(rig.dispatcher.stop(Duration.ofDays(1))).isTrue();
        }
    }

    @Nested
    @DisplayName("each loop runs again at once while there is due work, else after the poll interval")
    class Looping {
        @Test
        @DisplayName("a full batch is followed at once by the next; a partial or empty one waits the poll interval")
        void fullBatchesRunBackToBack() {
            schedule("a", "b", "c");
            rig.dispatcher.start(scheduler, POLL);
            scheduler.jobs().get(0).run();
            assertThat(runs).containsExactlyInAnyOrder("a", "b");
            assertThat(scheduler.last().delayMillis).as("two claimed, a full batch").isZero();
            scheduler.last().run();
            assertThat(runs).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(scheduler.last().delayMillis).isEqualTo(POLL.toMillis());
            scheduler.last().run();
            assertThat(scheduler.last().delayMillis).isEqualTo(POLL.toMillis());
            assertThat(rig.entries()).extracting(OutboxEntry::status).containsOnly(OutboxStatus.DONE);
        }

        @Test
        @DisplayName("a batch that fails, as when the database is down, does not end the loop")
        void aFailedBatchKeepsTheLoop() {
            schedule("a");
            rig.dispatcher.start(scheduler, POLL);
            rig.storage.down = true;
            scheduler.jobs().get(0).run();
            assertThat(scheduler.last().delayMillis).isEqualTo(POLL.toMillis());
            rig.storage.down = false;
            scheduler.last().run();
            assertThat(runs).containsExactly("a");
        }

        @Test
        @DisplayName("after a stop, a loop that was about to run runs no batch and schedules nothing")
        void aStoppedLoopEnds() {
            rig.dispatcher.start(scheduler, POLL);
            schedule("a");
            ManualScheduler.Job first = scheduler.jobs().get(0);
            assertThat(rig.dispatcher.stop(Duration.ofSeconds(5))).isTrue();
            assertThat(first.isCancelled()).isTrue();
            first.command.run();
            assertThat(runs).isEmpty();
            assertThat(scheduler.jobs()).hasSize(2);
            assertThat(rig.entry().status()).isEqualTo(OutboxStatus.PENDING);
        }
    }

    @Nested
    @DisplayName("stopping waits for the running batch, up to the timeout, then interrupts it")
    class Stopping {
        private CompletableFuture<DispatchReport> runBlockingBatch() throws InterruptedException {
            schedule("block");
            CompletableFuture<DispatchReport> host = CompletableFuture.supplyAsync(rig.dispatcher::runOnce, hosts);
            assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
            return host;
        }

        /** Runs a stop on a thread of its own and returns once that thread waits for the batch (or is done). */
        private Thread stopping(AtomicReference<Boolean> result, AtomicBoolean interruptKept) throws InterruptedException {
            Thread stopper = new Thread(() -> {
                result.set(rig.dispatcher.stop(Duration.ofMinutes(1)));
                interruptKept.set(Thread.currentThread().isInterrupted());
            });
            stopper.start();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (stopper.getState() != Thread.State.TIMED_WAITING && stopper.isAlive() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            return stopper;
        }

        @Test
        @DisplayName("a stop waits for the running batch and returns true once it has finished")
        void stopWaitsForTheBatch() throws Exception {
            CompletableFuture<DispatchReport> host = runBlockingBatch();
            AtomicReference<Boolean> stopped = new AtomicReference<>();
            Thread stopper = stopping(stopped, new AtomicBoolean());
            assertThat(stopper.isAlive()).as("the stop waits").isTrue();
            release.countDown();
            stopper.join(30_000);
            assertThat(stopped.get()).isTrue();
            assertThat(host.get(30, TimeUnit.SECONDS).delivered()).isEqualTo(1);
            assertThat(runs).containsExactly("block");
            assertThat(interrupted.getCount()).as("the batch was not interrupted").isEqualTo(1);
        }

        @Test
        @DisplayName("a host interrupted while it stops keeps its interrupt, and the running batch is interrupted")
        void anInterruptedStop() throws Exception {
            CompletableFuture<DispatchReport> host = runBlockingBatch();
            AtomicReference<Boolean> stopped = new AtomicReference<>();
            AtomicBoolean interruptKept = new AtomicBoolean();
            Thread stopper = stopping(stopped, interruptKept);
            stopper.interrupt();
            stopper.join(30_000);
            assertThat(stopped.get()).isFalse();
            assertThat(interruptKept).isTrue();
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(host.get(30, TimeUnit.SECONDS).retried()).isEqualTo(1);
        }

        @Test
        @DisplayName("a batch still running at the timeout is interrupted and the stop returns false")
        void stopInterruptsALateBatch() throws Exception {
            CompletableFuture<DispatchReport> host = runBlockingBatch();
            assertThat(rig.dispatcher.stop(Duration.ofMillis(50))).isFalse();
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the batch's thread is interrupted").isTrue();
            assertThat(host.get(30, TimeUnit.SECONDS).retried()).isEqualTo(1);
            assertThat(rig.dispatcher.stop(null)).as("nothing runs any more").isTrue();
            assertThat(rig.dispatcher.stop(Duration.ofSeconds(-1))).isTrue();
            assertThat(rig.entry().lastError()).isEqualTo("IllegalStateException: interrupted");
        }
    }

    @Nested
    @DisplayName("drain runs batches until nothing is due, at most the number asked for")
    class Draining {
        private final OutboxRig single = new OutboxRig(DispatcherSettings.builder().batchSize(1).build(),
                DispatcherLoopTest.this::register);

        @AfterEach
        void close() {
            single.close();
        }

        @Test
        @DisplayName("drain stops at the number of batches asked for, and when a batch finds nothing")
        void drainIsBounded() {
            for (String payload : List.of("a", "b", "c")) {
                single.schedule(LOCAL, payload);
            }
            assertThat(single.dispatcher.drain(2).claimed()).isEqualTo(2);
            assertThat(runs).containsExactly("a", "b");
            DispatchReport rest = single.dispatcher.drain(5);
            assertThat(rest.claimed()).isEqualTo(1);
            assertThat(rest.delivered()).isEqualTo(1);
            assertThat(runs).containsExactly("a", "b", "c");
        }

        @Test
        @DisplayName("an interrupted host drains no further batch")
        void anInterruptEndsTheDrain() {
            for (String payload : List.of("a", "b", "c")) {
                single.schedule(LOCAL, payload);
            }
            Thread.currentThread().interrupt();
            DispatchReport report;
            try {
                report = single.dispatcher.drain(5);
            } finally {
                assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
            }
            assertThat(report.claimed()).isEqualTo(1);
            assertThat(runs).as("the claimed task waits for its lease").isEmpty();
            assertThat(single.entries()).extracting(OutboxEntry::status)
                    .containsExactlyInAnyOrder(OutboxStatus.IN_FLIGHT, OutboxStatus.PENDING, OutboxStatus.PENDING);
        }

        @Test
        @DisplayName("the send pool is created by the first call that needs it, not by local work")
        void thePoolStartsOnFirstSend() {
            single.schedule(LOCAL, "a");
            single.dispatcher.drain(5);
            assertThat(single.dispatcher.sendPoolStarted()).isFalse();
            single.schedule(REMOTE, "b");
            single.dispatcher.drain(5);
            assertThat(runs).containsExactly("a", "remote b");
            assertThat(single.dispatcher.sendPoolStarted()).isTrue();
        }
    }
}
