package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory storage really races: units of work run at the same time (a barrier inside the transactions is
 * passed by all of them, which a storage-wide lock would never allow), and still the last seats are never
 * oversold, two dispatchers never claim the same entry, a lock taken out of order is retried without deadlock,
 * and nobody reads another transaction's uncommitted write.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; each test starts its own threads.
 */
class MemoryStorageRaceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final int THREADS = 32;

    private final MemoryStorage storage = new MemoryStorage();

    @Test
    void manyOpenTransactionsRaceForTheLastSeatsAndExactlyTheFreeOnesAreTaken() throws Exception {
        CounterKey seats = CounterKey.of("slot", "ROMA", "2026-11-24T09:00");
        CyclicBarrier allInside = new CyclicBarrier(THREADS);
        AtomicInteger booked = new AtomicInteger();
        race(THREADS, i -> storage.inTransaction(s -> {
            await(allInside);
            boolean got = s.get(CounterStore.class).tryIncrement(seats, 5);
            if (got && i % 4 == 0) {
                throw new IllegalStateException("command failed after taking the seat");
            }
            if (got) {
                booked.incrementAndGet();
            }
            return null;
        }));
        long taken = storage.inTransaction(s -> s.get(CounterStore.class).values(List.of(seats)).get(seats));
        assertThat(booked.get()).isEqualTo(5);
        assertThat(taken).isEqualTo(5);
    }

    @Test
    void twoDispatchersClaimingAtOnceNeverTakeTheSameEntry() throws Exception {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(OutboxEntry.builder().id(UUID.randomUUID().toString()).kind(OutboxKind.EVENT).type("test.event")
                    .payload(Map.of("n", Integer.toString(i))).dueAt(NOW.minusSeconds(1)).createdAt(NOW.minusSeconds(60))
                    .updatedAt(NOW.minusSeconds(60)).build());
        }
        storage.inTransaction(s -> {
            s.get(OutboxStore.class).appendAll(entries);
            return null;
        });
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        race(2, worker -> {
            start.await(1, TimeUnit.MINUTES);
            while (true) {
                List<OutboxEntry> batch = storage.inTransaction(s -> s.get(OutboxStore.class)
                        .claim(NOW, 7, "lease-" + worker, NOW.plusSeconds(600)));
                if (batch.isEmpty()) {
                    return;
                }
                batch.forEach(e -> {
                    if (!claimed.add(e.id())) {
                        duplicates.incrementAndGet();
                    }
                });
            }
        });
        assertThat(duplicates.get()).isZero();
        assertThat(claimed).hasSize(entries.size());
    }

    @Test
    void locksWantedInOppositeOrdersAreRetriedNotDeadlocked() throws Exception {
        CounterKey key = CounterKey.of("sequence", "crossed");
        CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
        AtomicInteger runsOfCounterFirst = new AtomicInteger();
        race(2, i -> storage.inTransaction(s -> {
            boolean first = i == 0 ? runsOfCounterFirst.incrementAndGet() == 1 : true;
            if (i == 0) {
                s.get(CounterStore.class).next(key);
            } else {
                s.get(OutboxStore.class).appendAll(List.of(entry("from-1")));
            }
            if (first) {
                await(bothHoldTheirFirstLock);
            }
            if (i == 0) {
                s.get(OutboxStore.class).appendAll(List.of(entry("from-0-run-" + runsOfCounterFirst.get())));
            } else {
                s.get(CounterStore.class).next(key);
            }
            return null;
        }));
        assertThat(runsOfCounterFirst.get()).isEqualTo(2);
        storage.inTransaction(s -> {
            assertThat(s.get(CounterStore.class).values(List.of(key)).get(key)).isEqualTo(2L);
            assertThat(s.get(OutboxStore.class).find("from-1")).isPresent();
            assertThat(s.get(OutboxStore.class).find("from-0-run-1")).isEmpty();
            assertThat(s.get(OutboxStore.class).find("from-0-run-2")).isPresent();
            return null;
        });
    }

    @Test
    void aReaderWaitsForTheWriterAndNeverSeesItsRolledBackWrite() throws Exception {
        CounterKey key = CounterKey.of("sequence", "dirty");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch rollBack = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> writer = pool.submit(() -> storage.inTransaction(s -> {
                s.get(CounterStore.class).next(key);
                written.countDown();
                try {
                    if (!rollBack.await(1, TimeUnit.MINUTES)) {
                        throw new AssertionError("never told to roll back");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("rolled back");
            }));
            assertThat(written.await(1, TimeUnit.MINUTES)).isTrue();
            AtomicReference<Thread> reader = new AtomicReference<>();
            Future<Long> seen = pool.submit(() -> {
                reader.set(Thread.currentThread());
                return storage.inTransaction(s -> s.get(CounterStore.class).values(List.of(key)).get(key));
            });
            while (reader.get() == null || reader.get().getState() != Thread.State.WAITING) {
                assertThat(seen.isDone()).as("the reader must wait for the writer's lock").isFalse();
                Thread.onSpinWait();
            }
            rollBack.countDown();
            assertThat(seen.get(1, TimeUnit.MINUTES)).isZero();
            assertThat(writer).failsWithin(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    private static OutboxEntry entry(String id) {
        return OutboxEntry.builder().id(id).kind(OutboxKind.EVENT).type("test.event").payload(Map.of("k", "v"))
                .dueAt(NOW).createdAt(NOW).updatedAt(NOW).build();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("the other transactions never got inside at the same time", e);
        }
    }

    /** An attempt that may throw checked exceptions (barriers). */
    private interface Attempt {
        void run(int i) throws Exception;
    }

    private static void race(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    try {
                        attempt.run(n);
                    } catch (IllegalStateException e) {
                        // the planned failures of a unit of work
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
