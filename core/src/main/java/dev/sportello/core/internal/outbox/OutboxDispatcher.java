package dev.sportello.core.internal.outbox;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.Dispatcher;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.EventCodec;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.LogSafe;
import dev.sportello.core.internal.notifications.MessageSender;
import dev.sportello.spi.EventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the outbox (see {@link Dispatcher}): the host's operations — run a batch, drain, start and
 * stop the loops. Each batch is a {@link Batch}; sends run in a pool created on the first send, or in
 * the host's executor.
 *
 * <p>Thread-safe; several instances (or threads) may run against the same store.
 */
public final class OutboxDispatcher implements Dispatcher, AutoCloseable {
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final DispatcherSettings settings;
    private final SendPool pool;
    private final Batch batch;
    private final Object lifecycle = new Object();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private final Set<Thread> running = new HashSet<>();
    private ScheduledExecutorService executor;
    private boolean started;

    /**
     * Creates the dispatcher; no thread is started until {@link #start} or the first send.
     *
     * @param kernel    the kernel
     * @param settings  the settings
     * @param eventSink where events go
     * @param events    decodes events
     * @param sender    how messages go to their channels
     */
    public OutboxDispatcher(Kernel kernel, DispatcherSettings settings, EventSink eventSink, EventCodec events,
                            MessageSender sender) {
        this.settings = settings;
        this.pool = new SendPool(settings);
        Map<Channel, RateLimiter> limiters = new EnumMap<>(Channel.class);
        settings.ratePerSecond().forEach((channel, rate) -> limiters.put(channel, new RateLimiter(rate)));
        this.batch = new Batch(kernel, settings, eventSink, events, sender, limiters, pool,
                new TaskRunner(kernel, settings, pool));
    }

    @Override
    public DispatchReport runOnce() {
        synchronized (lifecycle) {
            running.add(Thread.currentThread());
        }
        return runRegistered();
    }

    private DispatchReport runRegistered() {
        try {
            return batch.run();
        } finally {
            synchronized (lifecycle) {
                running.remove(Thread.currentThread());
                lifecycle.notifyAll();
            }
        }
    }

    @Override
    public DispatchReport drain(int maxBatches) {
        DispatchReport total = DispatchReport.EMPTY;
        for (int i = 0; i < maxBatches; i++) {
            DispatchReport report = runOnce();
            total = total.plus(report);
            if (report.claimed() == 0 || Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return total;
    }

    /** Whether the dispatcher's own send pool exists yet (it is created by the first send). */
    public boolean sendPoolStarted() {
        return pool.started();
    }

    @Override
    public void start(ScheduledExecutorService executor, Duration pollInterval) {
        if (executor == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "executor", Map.of("reason", "required"));
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero() || pollInterval.compareTo(ONE_DAY) > 0) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "pollInterval",
                    Map.of("reason", "positive, at most one day"));
        }
        synchronized (lifecycle) {
            if (started) {
                throw SportelloException.of(ErrorCode.OUT_ALREADY_STARTED, Map.of());
            }
            this.executor = executor;
            started = true;
            scheduled.clear();
            try {
                for (int worker = 0; worker < settings.workers(); worker++) {
                    int slot = worker;
                    scheduled.add(executor.schedule(() -> loop(slot, pollInterval), 0, TimeUnit.MILLISECONDS));
                }
            } catch (RejectedExecutionException e) {
                // a shut-down executor: nothing runs, so the dispatcher is not started and may be started again
                started = false;
                scheduled.forEach(future -> future.cancel(false));
                scheduled.clear();
                throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "executor",
                        Map.of("reason", "refuses tasks (shut down?)"));
            }
        }
    }

    private void loop(int slot, Duration pollInterval) {
        synchronized (lifecycle) {
            if (!started) {
                return;
            }
            running.add(Thread.currentThread());
        }
        DispatchReport report = DispatchReport.EMPTY;
        try {
            report = runRegistered();
        } catch (RuntimeException e) {
            LOG.warn("dispatcher batch failed: {}", LogSafe.describe(e));
        }
        synchronized (lifecycle) {
            if (started) {
                long delay = report.claimed() >= settings.batchSize() ? 0 : pollInterval.toMillis();
                scheduled.set(slot, executor.schedule(() -> loop(slot, pollInterval), delay, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Override
    public boolean stop(Duration timeout) {
        if (timeout != null && timeout.compareTo(ONE_DAY) > 0) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "timeout", Map.of("reason", "at most one day"));
        }
        long deadline = System.nanoTime() + (timeout == null || timeout.isNegative() ? 0 : timeout.toNanos());
        synchronized (lifecycle) {
            started = false;
            scheduled.forEach(future -> future.cancel(false));
            scheduled.clear();
            try {
                for (long left = deadline - System.nanoTime(); !running.isEmpty() && left > 0;
                     left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(lifecycle, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isEmpty()) {
                return true;
            }
            running.forEach(Thread::interrupt);
            return false;
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
        pool.close();
    }
}
