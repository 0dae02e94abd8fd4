package dev.sportello.core.internal.kernel;

import dev.sportello.notifications.EngagementCount;

/**
 * The small-cell rule of every anonymous figure the SDK reports (engagement with proactive notices,
 * R-NOT-4; satisfaction ratings, R-DOS-6): a count below the threshold is not disclosed, so that nobody can be
 * singled out.
 *
 * <p>Thread-safe: stateless.
 */
public final class SmallCells {
    private SmallCells() {
    }

    /**
     * A count as the figures show it.
     *
     * @param count     the count, at least 0
     * @param threshold the smallest count shown, at least 1 ({@code NotificationSettings.engagementThreshold()})
     * @return the exact count, or a suppressed one when {@code count < threshold}
     */
    public static EngagementCount count(long count, int threshold) {
        return count < threshold ? new EngagementCount.Suppressed(threshold) : new EngagementCount.Exact(count);
    }

    /**
     * Whether a count is hidden.
     *
     * @param count     the count
     * @param threshold the smallest count shown
     * @return true when {@code count < threshold}
     */
    public static boolean suppressed(long count, int threshold) {
        return count < threshold;
    }
}
