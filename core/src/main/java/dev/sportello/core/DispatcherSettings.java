package dev.sportello.core;

import dev.sportello.Channel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * How the outbox dispatcher delivers: batch size, claim lease, retries with exponential backoff and
 * jitter, dead-lettering, per-send timeout, parallel sends, per-channel rate limits, and the executor of
 * the sends.
 *
 * <p>Defaults: batches of 500, a lease of 1 minute, 8 attempts, backoff from 5 seconds to 1 hour, 10
 * seconds per send, 8 send threads created when the dispatcher first sends (or the host's executor), no
 * rate limit, 2 batch loops.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class DispatcherSettings {
    private final int batchSize;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration sendTimeout;
    private final int sendThreads;
    private final Map<Channel, Integer> ratePerSecond;
    private final int workers;
    private final ExecutorService sendExecutor;

    private DispatcherSettings(Builder b) {
        batchSize = b.batchSize;
        lease = b.lease;
        maxAttempts = b.maxAttempts;
        initialBackoff = b.initialBackoff;
        maxBackoff = b.maxBackoff;
        sendTimeout = b.sendTimeout;
        sendThreads = b.sendThreads;
        ratePerSecond = Map.copyOf(b.ratePerSecond);
        workers = b.workers;
        sendExecutor = b.sendExecutor;
    }

    /** The defaults. */
    public static DispatcherSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.batchSize = batchSize;
        b.lease = lease;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.sendTimeout = sendTimeout;
        b.sendThreads = sendThreads;
        b.ratePerSecond.putAll(ratePerSecond);
        b.workers = workers;
        b.sendExecutor = sendExecutor;
        return b;
    }

    /** Entries claimed per run. */
    public int batchSize() {
        return batchSize;
    }

    /** How long a claim holds an entry before another dispatcher may take it. */
    public Duration lease() {
        return lease;
    }

    /** Attempts before an entry is dead-lettered. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The delay after the first failure; it doubles each attempt. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** The longest delay; each delay is drawn between half and all of its value. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** How long one send (or remote task call) may take before it counts as failed. */
    public Duration sendTimeout() {
        return sendTimeout;
    }

    /** Sends running at once in the dispatcher's own pool. */
    public int sendThreads() {
        return sendThreads;
    }

    /** The most messages per second per channel; absent means unlimited. */
    public Map<Channel, Integer> ratePerSecond() {
        return ratePerSecond;
    }

    /** Batch loops that {@link dev.sportello.Dispatcher#start} runs at once. */
    public int workers() {
        return workers;
    }

    /** The host's executor for sends, if given; the dispatcher does not shut it down. */
    public Optional<ExecutorService> sendExecutor() {
        return Optional.ofNullable(sendExecutor);
    }

    /**
     * The same settings with another batch size.
     *
     * @param size entries per run
     * @return new settings
     */
    public DispatcherSettings withBatchSize(int size) {
        return toBuilder().batchSize(size).build();
    }

    /**
     * The same settings with another number of batch loops.
     *
     * @param loops loops run by {@link dev.sportello.Dispatcher#start}
     * @return new settings
     */
    public DispatcherSettings withWorkers(int loops) {
        return toBuilder().workers(loops).build();
    }

    /**
     * The same settings with another retry policy.
     *
     * @param attempts attempts before dead-lettering
     * @param initial  first delay
     * @param max      longest delay
     * @return new settings
     */
    public DispatcherSettings withRetries(int attempts, Duration initial, Duration max) {
        return toBuilder().retries(attempts, initial, max).build();
    }

    /**
     * The same settings with another lease and send timeout.
     *
     * @param claimLease the lease
     * @param timeout    the send timeout, shorter than the lease
     * @return new settings
     */
    public DispatcherSettings withTimeouts(Duration claimLease, Duration timeout) {
        return toBuilder().timeouts(claimLease, timeout).build();
    }

    /**
     * The same settings with a rate limit on a channel.
     *
     * @param channel   the channel
     * @param perSecond the most messages per second
     * @return new settings
     */
    public DispatcherSettings withRateLimit(Channel channel, int perSecond) {
        return toBuilder().rateLimit(channel, perSecond).build();
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int batchSize = 500;
        private Duration lease = Duration.ofMinutes(1);
        private int maxAttempts = 8;
        private Duration initialBackoff = Duration.ofSeconds(5);
        private Duration maxBackoff = Duration.ofHours(1);
        private Duration sendTimeout = Duration.ofSeconds(10);
        private int sendThreads = 8;
        private final Map<Channel, Integer> ratePerSecond = new EnumMap<>(Channel.class);
        private int workers = 2;
        private ExecutorService sendExecutor;

        private Builder() {
        }

        /**
         * Entries claimed per run.
         *
         * @param value 1 to 10,000
         * @return this builder
         */
        public Builder batchSize(int value) {
            batchSize = SettingsChecks.range(value, 1, 10_000, "DispatcherSettings.batchSize");
            return this;
        }

        /**
         * The retry policy.
         *
         * @param attempts attempts before dead-lettering, 1 to 100
         * @param initial  the first delay, 1 millisecond to 1 day
         * @param max      the longest delay, at least {@code initial}, at most 7 days
         * @return this builder
         */
        public Builder retries(int attempts, Duration initial, Duration max) {
            SettingsChecks.range(attempts, 1, 100, "DispatcherSettings.maxAttempts");
            SettingsChecks.range(initial, Duration.ofMillis(1), Duration.ofDays(1), "DispatcherSettings.initialBackoff");
            SettingsChecks.range(max, initial, Duration.ofDays(7), "DispatcherSettings.maxBackoff");
            maxAttempts = attempts;
            initialBackoff = initial;
            maxBackoff = max;
            return this;
        }

        /**
         * The claim lease and the send timeout.
         *
         * @param claimLease the lease, 1 second to 1 day
         * @param timeout    the send timeout, 1 millisecond to the lease (exclusive)
         * @return this builder
         */
        public Builder timeouts(Duration claimLease, Duration timeout) {
            SettingsChecks.range(claimLease, Duration.ofSeconds(1), Duration.ofDays(1), "DispatcherSettings.lease");
            SettingsChecks.range(timeout, Duration.ofMillis(1), claimLease.minusMillis(1), "DispatcherSettings.sendTimeout");
            lease = claimLease;
            sendTimeout = timeout;
            return this;
        }

        /**
         * Sends running at once in the dispatcher's own pool (unused when the host gives an executor).
         *
         * @param value 1 to 256
         * @return this builder
         */
        public Builder sendThreads(int value) {
            sendThreads = SettingsChecks.range(value, 1, 256, "DispatcherSettings.sendThreads");
            return this;
        }

        /**
         * A rate limit on a channel.
         *
         * @param channel   SMS, EMAIL or PUSH, not null
         * @param perSecond 1 to 100,000 messages per second
         * @return this builder
         */
        public Builder rateLimit(Channel channel, int perSecond) {
            SettingsChecks.required(channel, "DispatcherSettings.ratePerSecond.channel");
            ratePerSecond.put(channel, SettingsChecks.range(perSecond, 1, 100_000, "DispatcherSettings.ratePerSecond"));
            return this;
        }

        /**
         * Batch loops that {@link dev.sportello.Dispatcher#start} runs at once.
         *
         * @param value 1 to 64
         * @return this builder
         */
        public Builder workers(int value) {
            workers = SettingsChecks.range(value, 1, 64, "DispatcherSettings.workers");
            return this;
        }

        /**
         * The host's executor for sends and remote task calls, instead of a pool of the dispatcher's own.
         *
         * @param value the executor, not null; the dispatcher does not shut it down
         * @return this builder
         */
        public Builder sendExecutor(ExecutorService value) {
            sendExecutor = SettingsChecks.required(value, "DispatcherSettings.sendExecutor");
            return this;
        }

        /** The settings. */
        public DispatcherSettings build() {
            return new DispatcherSettings(this);
        }
    }
}
