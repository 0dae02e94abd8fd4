package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the outbox dispatcher in the background while the context runs: {@link Dispatcher#start} on a
 * pool of its own with one thread per worker, polling at the poll interval when nothing is due. In the
 * default phase it starts after every other bean and stops first; {@link #stop(Runnable)} waits for the
 * running batches within {@code spring.lifecycle.timeout-per-shutdown-phase} (entries of a batch cut off
 * are claimed again when their lease expires). Instances on one database share the outbox: the JDBC
 * storage claims entries with {@code FOR UPDATE SKIP LOCKED}.
 *
 * <p>Thread-safe.
 */
final class DispatcherLifecycle implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DispatcherLifecycle.class);

    private final Dispatcher dispatcher;
    private final int workers;
    private final Duration pollInterval;
    private final Duration shutdownTimeout;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    DispatcherLifecycle(Dispatcher dispatcher, int workers, Duration pollInterval, Duration shutdownTimeout) {
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.pollInterval = pollInterval;
        this.shutdownTimeout = shutdownTimeout;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.max(1, workers), threads());
        try {
            dispatcher.start(pool, pollInterval);
        } catch (RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
        executor = pool;
        running = true;
        LOG.info("Sportello dispatcher started: {} worker(s), polling every {}", workers, pollInterval);
    }

    @Override
    public void stop() {
        stopAndWait();
    }

    @Override
    public void stop(Runnable callback) {
        Thread stopper = new Thread(() -> {
            try {
                stopAndWait();
            } finally {
                callback.run();
            }
        }, "sportello-dispatcher-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private synchronized void stopAndWait() {
        if (executor == null) {
            return;
        }
        // leave a second of the shutdown phase for the executor to end, so that Spring does not move on (and
        // close the DataSource) while a batch still runs
        Duration capped = shutdownTimeout.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : shutdownTimeout;
        Duration wait = capped.compareTo(Duration.ofSeconds(2)) > 0 ? capped.minusSeconds(1) : capped.dividedBy(2);
        running = false;
        boolean idle = dispatcher.stop(wait);
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        if (idle) {
            LOG.info("Sportello dispatcher stopped");
        } else {
            LOG.warn("Sportello dispatcher stopped with a batch still running after {}: its entries are claimed again "
                    + "when their lease expires", wait);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sportello-dispatcher-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
