package dev.sportello.benchmarks;

import java.util.Arrays;

/** The median the benchmarks report of their rounds. Thread-safe; stateless. */
final class Medians {
    private Medians() {
    }

    /**
     * The median: the middle value, or the mean of the two middle ones for an even count.
     *
     * @param values at least one value; not modified
     * @return the median
     */
    static double of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
