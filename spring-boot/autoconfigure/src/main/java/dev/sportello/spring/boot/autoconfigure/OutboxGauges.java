package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.OutboxBacklog;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The outbox gauges {@code sportello.outbox.pending}, {@code sportello.outbox.due} and
 * {@code sportello.outbox.oldest.due.age} (seconds), read from {@code outbox().backlog(...)} as the
 * service principal {@code sportello-metrics}, at most once per {@link #REFRESH}. The read runs on a
 * thread of its own, and a scrape waits for it at most {@link #SCRAPE_WAIT}: with the database slow or
 * down, a scrape answers with the last value (NaN when no read has succeeded since the last failure)
 * instead of waiting for the pool's connection timeout. The thread ends when idle.
 *
 * <p>Thread-safe.
 */
final class OutboxGauges {
    static final Duration REFRESH = Duration.ofSeconds(5);
    static final Duration SCRAPE_WAIT = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);
    static final String METRICS_NAME = "sportello-metrics";
    private static final Principal METRICS = Principal.service(METRICS_NAME);

    private final Supplier<Sportello> sportello;
    private final Clock clock;
    private final ExecutorService reader = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> {
                Thread thread = new Thread(r, "sportello-outbox-gauges");
                thread.setDaemon(true);
                return thread;
            });
    private Instant readAt;
    private Future<OutboxBacklog> reading;
    private OutboxBacklog backlog;

    OutboxGauges(Supplier<Sportello> sportello, Clock clock) {
        this.sportello = sportello;
        this.clock = clock;
    }

    void bindTo(MeterRegistry registry) {
        Gauge.builder("sportello.outbox.pending", this, g -> g.read(b -> b.pending()))
                .description("Outbox entries waiting, due or not").baseUnit("entries").register(registry);
        Gauge.builder("sportello.outbox.due", this, g -> g.read(b -> b.due()))
                .description("Outbox entries already due").baseUnit("entries").register(registry);
        Gauge.builder("sportello.outbox.oldest.due.age", this, g -> g.read(this::oldestDueAge))
                .description("How long the oldest due outbox entry has been due (0 when none)").baseUnit("seconds")
                .register(registry);
    }

    private double oldestDueAge(OutboxBacklog b) {
        if (b.oldestDue() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(b.oldestDue(), clock.instant()).toMillis() / 1000.0);
    }

    double read(ToDoubleFunction<OutboxBacklog> value) {
        Future<OutboxBacklog> pending = refreshIfStale();
        if (pending != null) {
            try {
                settle(pending, pending.get(SCRAPE_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                LOG.debug("the outbox backlog read is still running; the gauges keep their last value");
            } catch (ExecutionException e) {
                LOG.warn("Sportello outbox backlog could not be read: {}", e.getCause().toString());
                settle(pending, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        OutboxBacklog current = current();
        return current == null ? Double.NaN : value.applyAsDouble(current);
    }

    /** Starts a read when the last one is older than {@link #REFRESH} and none runs; the one running, if any. */
    private synchronized Future<OutboxBacklog> refreshIfStale() {
        Instant now = clock.instant();
        if (reading == null && (readAt == null || !now.isBefore(readAt.plus(REFRESH)))) {
            readAt = now;
            try {
                reading = reader.submit(() -> sportello.get().outbox().backlog(METRICS));
            } catch (RejectedExecutionException e) {
                return null;   // the single reader is busy with the previous read
            }
        }
        return reading;
    }

    private synchronized void settle(Future<OutboxBacklog> read, OutboxBacklog result) {
        if (reading == read) {
            reading = null;
            backlog = result;
        }
    }

    private synchronized OutboxBacklog current() {
        return backlog;
    }
}
