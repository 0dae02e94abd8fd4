package dev.sportello.spi;

import java.util.Collection;
import java.util.Map;

/**
 * Named counters ({@link CounterKey}), created at 0 on first use. They guard capacities (slot seats, active bookings) and
 * produce gapless sequences (protocol numbers). Part of a transaction; not thread-safe.
 *
 * <p>Under concurrency a bounded increment must never let the count pass its limit: when N writers race
 * for the last K units, exactly K succeed (PostgreSQL: a conditional {@code UPDATE}); and a counter that
 * racing writers are creating counts from 0, never refusing below its limit. Sequences are
 * gapless because they roll back with their transaction.
 */
public interface CounterStore {
    /**
     * Adds 1 if the count is below the limit.
     *
     * @param key   the counter, not null
     * @param limit the bound, at least 0
     * @return true if incremented
     */
    boolean tryIncrement(CounterKey key, long limit);

    /**
     * Subtracts 1, never going below 0.
     *
     * @param key the counter, not null
     */
    void decrement(CounterKey key);

    /**
     * Adds 1 and returns the new value.
     *
     * @param key the sequence, not null
     * @return the next value, 1 for a new sequence
     */
    long next(CounterKey key);

    /**
     * Current values.
     *
     * @param keys the counters, not null
     * @return the value of each key (0 for unknown keys)
     */
    Map<CounterKey, Long> values(Collection<CounterKey> keys);
}
