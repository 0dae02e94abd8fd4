package dev.sportello.core;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Notification rules that integrators may tune.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxSmsSegments      the most parts an SMS may need, checked against the longest rendering (3)
 * @param quietHoursStart     SMS that are not urgent wait from this local time (21:00) …
 * @param quietHoursEnd       … until this local time (08:00), in the zone of the user's competent office
 * @param proactiveValidity   how long proactive notices stay in the inbox (6 months, R-DOS-4)
 * @param engagementThreshold counts below this are shown as {@code <n}, never as the number (3)
 * @param defaultZone         the zone when no office is known (Europe/Rome)
 */
public record NotificationSettings(int maxSmsSegments, LocalTime quietHoursStart, LocalTime quietHoursEnd,
                                   Period proactiveValidity, int engagementThreshold, ZoneId defaultZone) {
    /** Checks the values. */
    public NotificationSettings {
        if (maxSmsSegments < 1 || maxSmsSegments > 10 || engagementThreshold < 1) {
            throw new IllegalArgumentException("maxSmsSegments 1..10, engagementThreshold >= 1");
        }
        Objects.requireNonNull(quietHoursStart, "quietHoursStart");
        Objects.requireNonNull(quietHoursEnd, "quietHoursEnd");
        Objects.requireNonNull(proactiveValidity, "proactiveValidity");
        Objects.requireNonNull(defaultZone, "defaultZone");
    }

    /** The defaults of the seed documents. */
    public static NotificationSettings defaults() {
        return new NotificationSettings(3, LocalTime.of(21, 0), LocalTime.of(8, 0), Period.ofMonths(6), 3,
                ZoneId.of("Europe/Rome"));
    }

    /**
     * The same settings with other quiet hours.
     *
     * @param start from
     * @param end   until
     * @return new settings
     */
    public NotificationSettings withQuietHours(LocalTime start, LocalTime end) {
        return new NotificationSettings(maxSmsSegments, start, end, proactiveValidity, engagementThreshold, defaultZone);
    }

    /**
     * The same settings with another small-cell threshold.
     *
     * @param threshold the threshold
     * @return new settings
     */
    public NotificationSettings withEngagementThreshold(int threshold) {
        return new NotificationSettings(maxSmsSegments, quietHoursStart, quietHoursEnd, proactiveValidity, threshold,
                defaultZone);
    }

    /**
     * The same settings with another SMS part limit.
     *
     * @param segments the limit
     * @return new settings
     */
    public NotificationSettings withMaxSmsSegments(int segments) {
        return new NotificationSettings(segments, quietHoursStart, quietHoursEnd, proactiveValidity,
                engagementThreshold, defaultZone);
    }
}
