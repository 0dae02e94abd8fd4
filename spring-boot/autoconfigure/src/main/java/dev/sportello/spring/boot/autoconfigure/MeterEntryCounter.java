package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.Instrumentation.EntryOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The counter {@code sportello.outbox.entries} (tags channel, outcome) in the application's meter registry. Thread-safe. */
final class MeterEntryCounter implements EntryCounter {
    static final String NAME = "sportello.outbox.entries";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    MeterEntryCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(String channel, EntryOutcome outcome) {
        counters.computeIfAbsent(channel + '/' + outcome.name(), k -> Counter.builder(NAME)
                .description("Outbox entries per channel and outcome")
                .tag("channel", channel)
                .tag("outcome", outcome.name())
                .register(registry)).increment();
    }
}
