package dev.sportello.notifications;

/**
 * A count in the anonymous engagement report (R-NOT-4): exact, or suppressed when below the
 * small-cell threshold so that no individual can be singled out.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface EngagementCount {
    /** How the count is shown: the number, or {@code <3} (with the configured threshold). */
    String display();

    /**
     * A count at or above the threshold.
     *
     * @param value the count
     */
    record Exact(long value) implements EngagementCount {
        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /**
     * A count below the threshold; the number itself is not disclosed.
     *
     * @param threshold the threshold that hid it
     */
    record Suppressed(int threshold) implements EngagementCount {
        @Override
        public String display() {
            return "<" + threshold;
        }
    }
}
