package dev.sportello.benchmarks;

import dev.sportello.DispatchReport;
import dev.sportello.core.SportelloSdk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs a dispatcher's batch loops until nothing is due, as {@code Dispatcher.start} does. Thread-safe; stateless. */
final class Drains {
    private Drains() {
    }

    /** What a drain claimed and delivered. */
    record Totals(long claimed, long delivered) {
    }

    /**
     * Runs {@code threads} batch loops, each until it claims nothing, then one more loop on this thread for what a loop
     * queued after another had stopped (a fan-out task queues events).
     *
     * @param sdk     the SDK whose dispatcher runs
     * @param threads the workers
     * @return the entries claimed and delivered
     * @throws Exception when a batch fails
     */
    static Totals run(SportelloSdk sdk, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Totals>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> loop(sdk)));
            }
            long claimed = 0;
            long delivered = 0;
            for (Future<Totals> w : workers) {
                claimed += w.get().claimed();
                delivered += w.get().delivered();
            }
            Totals tail = loop(sdk);
            return new Totals(claimed + tail.claimed(), delivered + tail.delivered());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Totals loop(SportelloSdk sdk) {
        long claimed = 0;
        long delivered = 0;
        DispatchReport report;
        while ((report = sdk.dispatcher().runOnce()).claimed() > 0) {
            claimed += report.claimed();
            delivered += report.delivered();
        }
        return new Totals(claimed, delivered);
    }
}
