package dev.sportello.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs N attempts at once, released together by a latch, and waits for all of them. */
final class Races {
    private Races() {
    }

    /**
     * Runs the attempts.
     *
     * @param count   how many
     * @param attempt what attempt {@code i} does
     * @throws Exception if an attempt threw or did not finish within two minutes
     */
    static void run(int count, IntConsumer attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    go.await();
                    attempt.accept(n);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
