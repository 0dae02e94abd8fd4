package dev.sportello.tck;

import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of {@link dev.sportello.spi.CounterStore}: bounded counters and gapless sequences.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class CounterStoreContract extends StorageContract {

    private static CounterKey key() {
        return CounterKey.of("test.counter", UUID.randomUUID().toString(), "a:b%c");
    }

    @Test
    void boundedIncrementsStopAtTheLimit() {
        CounterKey key = key();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 2))).isTrue();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 2))).isTrue();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 2))).isFalse();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(key)))).isEqualTo(Map.of(key, 2L));
        tx(s -> {
            s.get(CounterStore.class).decrement(key);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 2))).isTrue();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 0))).isFalse();
    }

    @Test
    void decrementNeverGoesBelowZero() {
        CounterKey key = key();
        tx(s -> {
            s.get(CounterStore.class).decrement(key);
            s.get(CounterStore.class).decrement(key);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(key))).get(key)).isZero();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).tryIncrement(key, 1))).isTrue();
    }

    @Test
    void unknownKeysReadZero() {
        CounterKey a = key();
        CounterKey b = key();
        tx(s -> s.get(CounterStore.class).tryIncrement(a, 5));
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(a, b)))).isEqualTo(Map.of(a, 1L, b, 0L));
    }

    @Test
    void sequencesAreGaplessEvenWhenATransactionRollsBack() {
        CounterKey key = key();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).next(key))).isEqualTo(1);
        assertThatThrownBy(() -> tx(s -> {
            s.get(CounterStore.class).next(key);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx((Stores s) -> s.get(CounterStore.class).next(key))).isEqualTo(2);
    }

    @Test
    void exactlyTheCapacitySucceedsWhenManyRaceForTheLastSeats() throws Exception {
        CounterKey key = key();
        int threads = 32;
        int capacity = 5;
        tx(s -> s.get(CounterStore.class).tryIncrement(key, 100));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads * 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tx(s -> s.get(CounterStore.class).tryIncrement(key, capacity + 1));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(capacity);
            assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(key))).get(key)).isEqualTo(capacity + 1L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCounterCreatedByConcurrentFirstIncrementsNeverRefusesBelowItsLimit() throws Exception {
        int threads = 16;
        int keys = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int k = 0; k < keys; k++) {
                CounterKey key = key();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return tx(s -> s.get(CounterStore.class).tryIncrement(key, 1_000));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("first increments of a new counter, far below its limit").isEqualTo(threads);
                assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(key))).get(key)).isEqualTo((long) threads);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentSequencesNeverRepeatOrSkip() throws Exception {
        CounterKey key = key();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        mine.add(tx(s -> s.get(CounterStore.class).next(key)));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> r : results) {
                all.addAll(r.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(threads * 20);
            assertThat(all.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(threads * 20L);
        } finally {
            pool.shutdownNow();
        }
    }
}
