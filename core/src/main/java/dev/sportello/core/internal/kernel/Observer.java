package dev.sportello.core.internal.kernel;

import dev.sportello.DispatchReport;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.Instrumentation.EntryOutcome;
import dev.sportello.spi.Instrumentation.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The host's {@link Instrumentation}, called so that it can never fail the SDK's work: what it throws is
 * logged (by class only) and ignored.
 *
 * <p>Thread-safe if the instrumentation is.
 */
public final class Observer {
    private static final Logger LOG = LoggerFactory.getLogger(Observer.class);
    /** The outcome of a command that failed with something other than a {@link SportelloException}. */
    static final String UNEXPECTED = "UNEXPECTED";

    /** A command's keys, built once per operation rather than on every command. */
    private static final Map<Operation, Map<String, String>> COMMAND_KEYS = commandKeys();

    private final Instrumentation instrumentation;
    private final boolean enabled;

    /**
     * Wraps an instrumentation.
     *
     * @param instrumentation the host's, or {@link Instrumentation#NONE}
     */
    public Observer(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
        this.enabled = instrumentation != Instrumentation.NONE;
    }

    private static Map<Operation, Map<String, String>> commandKeys() {
        Map<Operation, Map<String, String>> keys = new EnumMap<>(Operation.class);
        for (Operation o : Operation.values()) {
            keys.put(o, Map.of("area", o.area(), "operation", o.name()));
        }
        return keys;
    }

    /**
     * Whether a host instrumentation is configured: without one, callers skip the work of describing
     * what they do (the dispatcher's per-entry reports).
     *
     * @return true unless the instrumentation is {@link Instrumentation#NONE}
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Runs a use-case command inside its observation: the outcome is {@code OK} or the error's code.
     *
     * @param operation the command's operation
     * @param command   the command
     * @param <T>       its result
     * @return its result
     */
    <T> T command(Operation operation, Supplier<T> command) {
        if (!enabled) {
            return command.get();
        }
        Observation observation = start(Instrumentation.COMMAND, COMMAND_KEYS.get(operation));
        String outcome = UNEXPECTED;
        try {
            T result = command.get();
            outcome = Instrumentation.OK;
            return result;
        } catch (SportelloException e) {
            outcome = e.code().name();
            throw e;
        } finally {
            stop(observation, outcome);
        }
    }

    /**
     * Starts an observation.
     *
     * @param name its name
     * @param keys its keys
     * @return the observation, never null
     */
    public Observation start(String name, Map<String, String> keys) {
        try {
            Observation observation = instrumentation.start(name, keys);
            return observation == null ? Observation.NONE : observation;
        } catch (RuntimeException e) {
            ignored(e);
            return Observation.NONE;
        }
    }

    /**
     * Stops an observation.
     *
     * @param observation the observation
     * @param outcome     its outcome
     */
    public void stop(Observation observation, String outcome) {
        try {
            observation.stop(outcome);
        } catch (RuntimeException e) {
            ignored(e);
        }
    }

    /**
     * Reports an outbox entry's outcome.
     *
     * @param channel the channel, {@code EVENT} or {@code TASK}
     * @param outcome the outcome
     */
    public void entry(String channel, EntryOutcome outcome) {
        try {
            instrumentation.entry(channel, outcome);
        } catch (RuntimeException e) {
            ignored(e);
        }
    }

    /**
     * Reports a finished batch.
     *
     * @param report   what it did
     * @param duration how long it took
     */
    public void batch(DispatchReport report, Duration duration) {
        try {
            instrumentation.batch(report, duration);
        } catch (RuntimeException e) {
            ignored(e);
        }
    }

    private static void ignored(RuntimeException e) {
        LOG.debug("the instrumentation failed, ignored: {}", e.getClass().getName());
    }
}
