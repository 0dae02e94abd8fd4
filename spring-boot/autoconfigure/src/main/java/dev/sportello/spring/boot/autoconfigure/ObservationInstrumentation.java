package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.Instrumentation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Map;

/**
 * The SDK's instrumentation over Micrometer's Observation API: each command, dispatcher batch and
 * transport call is an observation named as the SDK names it ({@code sportello.command},
 * {@code sportello.dispatch.batch}, {@code sportello.transport}) with the SDK's keys and the
 * {@code outcome} as low-cardinality key values, in scope while it runs (so a tracing bridge puts the
 * SDK's database and transport work under the caller's span). Outbox entries go to the entry counter
 * when there is one.
 *
 * <p>Thread-safe.
 */
final class ObservationInstrumentation implements Instrumentation {
    /** The key of every observation's outcome. */
    static final String OUTCOME = "outcome";

    private final ObservationRegistry registry;
    private final EntryCounter entries;

    ObservationInstrumentation(ObservationRegistry registry, EntryCounter entries) {
        this.registry = registry;
        this.entries = entries;
    }

    @Override
    public Observation start(String name, Map<String, String> keys) {
        io.micrometer.observation.Observation observation =
                io.micrometer.observation.Observation.createNotStarted(name, registry);
        keys.forEach(observation::lowCardinalityKeyValue);
        observation.start();
        io.micrometer.observation.Observation.Scope scope = observation.openScope();
        return outcome -> {
            observation.lowCardinalityKeyValue(OUTCOME, outcome);
            try {
                scope.close();
            } finally {
                observation.stop();
            }
        };
    }

    @Override
    public void entry(String channel, EntryOutcome outcome) {
        if (entries != null) {
            entries.count(channel, outcome);
        }
    }
}
