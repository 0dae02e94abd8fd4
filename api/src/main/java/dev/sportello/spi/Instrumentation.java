package dev.sportello.spi;

import dev.sportello.DispatchReport;

import java.time.Duration;
import java.util.Map;

/**
 * Observes what the SDK does, for metrics and tracing, without tying the core to a metrics library: the
 * Spring Boot starter implements it over Micrometer's Observation API, and any host can implement it
 * over its own. The SDK calls it around every use-case command, every dispatcher batch and every
 * transport call, and for each outbox entry's outcome. Keys and outcomes are low-cardinality names and
 * codes — never personal data, never ids.
 *
 * <p>Implementations are thread-safe and cheap; an exception they throw is logged and ignored, never
 * allowed to fail the SDK's work. Every method has a default that does nothing, so an implementation
 * overrides only what it needs.
 */
public interface Instrumentation {
    /** Observes nothing: the default. */
    Instrumentation NONE = new Instrumentation() {
    };

    /** The name of a use-case command's observation; keys {@code area} and {@code operation}. */
    String COMMAND = "sportello.command";
    /** The name of a dispatcher batch's observation; no keys. */
    String DISPATCH_BATCH = "sportello.dispatch.batch";
    /** The name of a transport call's observation; key {@code channel} (SMS, EMAIL, PUSH or EVENT). */
    String TRANSPORT = "sportello.transport";

    /** The outcome of a command that succeeded. */
    String OK = "OK";

    /**
     * Starts observing one unit of work. The SDK stops the returned observation exactly once, on the
     * thread that started it, with the outcome: for a command {@link #OK} or the stable error code; for
     * a transport call {@code ACCEPTED}, {@code REFUSED}, {@code FAILED} or {@code TIMED_OUT}; for a
     * batch {@link #OK} or {@code FAILED}.
     *
     * @param name the observation's name, one of the constants above, not null
     * @param keys its low-cardinality keys, not null, immutable
     * @return the running observation, never null
     */
    default Observation start(String name, Map<String, String> keys) {
        return Observation.NONE;
    }

    /**
     * An outbox entry's outcome in a batch, for counters per channel.
     *
     * @param channel the channel of a message (SMS, EMAIL, PUSH), {@code EVENT} or {@code TASK}, not null
     * @param outcome what happened to it, not null
     */
    default void entry(String channel, EntryOutcome outcome) {
    }

    /**
     * A dispatcher batch finished (one claim, its sends and its outcomes).
     *
     * @param report   what it did, not null
     * @param duration how long it took, not null
     */
    default void batch(DispatchReport report, Duration duration) {
    }

    /** A running observation. Not thread-safe: stopped once, by the thread that started it. */
    @FunctionalInterface
    interface Observation {
        /** Does nothing. */
        Observation NONE = outcome -> {
        };

        /**
         * Stops the observation.
         *
         * @param outcome the outcome, a low-cardinality code, not null
         */
        void stop(String outcome);
    }

    /**
     * What happened to an outbox entry in a batch.
     *
     * <p>Thread-safe (an enum).
     */
    enum EntryOutcome {
        /** Claimed by this batch. */
        CLAIMED,
        /** Accepted by its transport (or a task done). */
        DELIVERED,
        /** Refused for good by its transport. */
        REFUSED,
        /** Failed for now: retried later. */
        RETRIED,
        /** Put off without an attempt (quiet hours, a rate limit). */
        DEFERRED,
        /** Failed after the last attempt: a dead letter. */
        DEAD_LETTERED
    }
}
