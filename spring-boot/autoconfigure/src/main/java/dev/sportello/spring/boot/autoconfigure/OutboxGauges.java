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
import java.util.function.Supplier;

/**
 * The outbox gauges {@code sportello.outbox.pending}, {@code sportello.outbox.due} and
 * {@code sportello.outbox.oldest.due.age} (seconds), read from {@code outbox().backlog(...)} as the
 * service principal {@code sportello-metrics}, at most once per {@link #REFRESH}. A read that fails
 * gives NaN until the next one succeeds.
 *
 * <p>Thread-safe.
 */
final class OutboxGauges {
    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);
    static final String METRICS_NAME = "sportello-metrics";
    private static final Principal METRICS = Principal.service(METRICS_NAME);

    private final Supplier<Sportello> sportello;
    private final Clock clock;
    private Instant readAt;
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

    private synchronized double read(java.util.function.ToDoubleFunction<OutboxBacklog> value) {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(REFRESH))) {
            readAt = now;
            try {
                backlog = sportello.get().outbox().backlog(METRICS);
            } catch (RuntimeException e) {
                LOG.warn("Sportello outbox backlog could not be read: {}", e.toString());
                backlog = null;
            }
        }
        return backlog == null ? Double.NaN : value.applyAsDouble(backlog);
    }
}
