package dev.sportello.core;

import dev.sportello.Channel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the outbox dispatcher delivers: batch size, claim lease, retries with exponential backoff and
 * jitter, dead-lettering, per-send timeout, parallel sends and per-channel rate limits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param batchSize      entries claimed per run, 1–10,000 (default 500)
 * @param lease          how long a claim holds an entry before another dispatcher may take it (1 min)
 * @param maxAttempts    attempts before an entry is dead-lettered (8)
 * @param initialBackoff delay after the first failure; doubles each attempt (5 s)
 * @param maxBackoff     the longest delay (1 h); each delay is drawn between half and all of its value
 * @param sendTimeout    how long one send may take before it counts as failed (10 s)
 * @param sendThreads    sends running at once (8)
 * @param ratePerSecond  the most messages per second per channel; absent means unlimited
 * @param workers        batch loops that {@link dev.sportello.Dispatcher#start} runs at once (2): while one
 *                       waits for the database, the other works
 */
public record DispatcherSettings(int batchSize, Duration lease, int maxAttempts, Duration initialBackoff,
                                 Duration maxBackoff, Duration sendTimeout, int sendThreads,
                                 Map<Channel, Integer> ratePerSecond, int workers) {
    /** Checks the values. */
    public DispatcherSettings {
        if (batchSize < 1 || batchSize > 10_000 || maxAttempts < 1 || sendThreads < 1 || workers < 1 || workers > 64) {
            throw new IllegalArgumentException("batchSize 1..10000, maxAttempts >= 1, sendThreads >= 1, workers 1..64");
        }
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        if (lease.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("the lease must be longer than the send timeout");
        }
        ratePerSecond = Map.copyOf(ratePerSecond);
    }

    /** The defaults. */
    public static DispatcherSettings defaults() {
        return new DispatcherSettings(500, Duration.ofMinutes(1), 8, Duration.ofSeconds(5), Duration.ofHours(1),
                Duration.ofSeconds(10), 8, Map.of(), 2);
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
        return new DispatcherSettings(batchSize, lease, attempts, initial, max, sendTimeout, sendThreads, ratePerSecond, workers);
    }

    /**
     * The same settings with another batch size.
     *
     * @param size entries per run
     * @return new settings
     */
    public DispatcherSettings withBatchSize(int size) {
        return new DispatcherSettings(size, lease, maxAttempts, initialBackoff, maxBackoff, sendTimeout, sendThreads,
                ratePerSecond, workers);
    }

    /**
     * The same settings with another lease and send timeout.
     *
     * @param claimLease the lease
     * @param timeout    the send timeout, shorter than the lease
     * @return new settings
     */
    public DispatcherSettings withTimeouts(Duration claimLease, Duration timeout) {
        return new DispatcherSettings(batchSize, claimLease, maxAttempts, initialBackoff, maxBackoff, timeout,
                sendThreads, ratePerSecond, workers);
    }

    /**
     * The same settings with another number of batch loops.
     *
     * @param loops loops run by {@link dev.sportello.Dispatcher#start}
     * @return new settings
     */
    public DispatcherSettings withWorkers(int loops) {
        return new DispatcherSettings(batchSize, lease, maxAttempts, initialBackoff, maxBackoff, sendTimeout, sendThreads,
                ratePerSecond, loops);
    }

    /**
     * The same settings with a rate limit on a channel.
     *
     * @param channel  the channel
     * @param perSecond the most messages per second
     * @return new settings
     */
    public DispatcherSettings withRateLimit(Channel channel, int perSecond) {
        Map<Channel, Integer> rates = new EnumMap<>(Channel.class);
        rates.putAll(ratePerSecond);
        rates.put(channel, perSecond);
        return new DispatcherSettings(batchSize, lease, maxAttempts, initialBackoff, maxBackoff, sendTimeout,
                sendThreads, rates, workers);
    }
}
