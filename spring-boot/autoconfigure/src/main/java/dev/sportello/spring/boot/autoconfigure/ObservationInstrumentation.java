package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.Instrumentation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Map;
import java.util.Set;

/**
 * The SDK's instrumentation over Micrometer's Observation API: each command, dispatcher batch and
 * transport call is an observation named as the SDK names it ({@code sportello.command},
 * {@code sportello.dispatch.batch}, {@code sportello.transport}) with the SDK's keys and the
 * {@code outcome} as low-cardinality key values, in scope while it runs (so a tracing bridge puts the
 * SDK's database and transport work under the caller's span). An outcome other than {@code OK} or
 * {@code ACCEPTED} (an error code, {@code UNEXPECTED}, a transport's {@code REFUSED} or {@code FAILED}, a
 * batch's {@code FAILED}) is also the observation's error, an {@link ObservedFailure} carrying only the
 * code: a tracing bridge marks the span as an error and the meter handler tags the timer with it. Each
 * observation's contextual name (a span's name) adds the operation or channel to the name, e.g.
 * {@code sportello.command USER_REGISTER}. Outbox entries go to the entry counter when there is one.
 *
 * <p>Thread-safe.
 */
final class ObservationInstrumentation implements Instrumentation {
    /** The key of every observation's outcome. */
    static final String OUTCOME = "outcome";
    /** The outcomes that are not failures: a command's and a batch's {@code OK}, a transport's {@code ACCEPTED}. */
    static final Set<String> SUCCESSES = Set.of(Instrumentation.OK, "ACCEPTED");
    /** The keys whose value names a span further, in this order of preference. */
    private static final String[] NAMING_KEYS = {"operation", "channel"};

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
        observation.contextualName(contextualName(name, keys));
        observation.start();
        io.micrometer.observation.Observation.Scope scope = observation.openScope();
        return outcome -> {
            observation.lowCardinalityKeyValue(OUTCOME, outcome);
            if (!SUCCESSES.contains(outcome)) {
                observation.error(new ObservedFailure(outcome));
            }
            try {
                scope.close();
            } finally {
                observation.stop();
            }
        };
    }

    /** The name and the first naming key's value: {@code sportello.command USER_REGISTER}, {@code sportello.transport SMS}. */
    static String contextualName(String name, Map<String, String> keys) {
        for (String key : NAMING_KEYS) {
            String value = keys.get(key);
            if (value != null) {
                return name + " " + value;
            }
        }
        return name;
    }

    @Override
    public void entry(String channel, EntryOutcome outcome) {
        if (entries != null) {
            entries.count(channel, outcome);
        }
    }
}
