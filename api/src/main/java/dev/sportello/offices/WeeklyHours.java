package dev.sportello.offices;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opening hours for each day of the week; a day without ranges is a closing day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days the ranges of each day, sorted and not overlapping; missing days are closed
 */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {
    /** Checks and copies the ranges; rejects overlaps. */
    public WeeklyHours {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, List<TimeRange>> day : Objects.requireNonNull(days, "days").entrySet()) {
            List<TimeRange> ranges = new ArrayList<>(day.getValue());
            ranges.sort(Comparator.comparing(TimeRange::start));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).start().isBefore(ranges.get(i - 1).end())) {
                    throw new IllegalArgumentException("overlapping ranges on " + day.getKey());
                }
            }
            if (!ranges.isEmpty()) {
                copy.put(day.getKey(), List.copyOf(ranges));
            }
        }
        days = Map.copyOf(copy);
    }

    /**
     * The same ranges on each of the given days.
     *
     * @param ranges ranges such as {@code "08:30-12:30"}
     * @param dayList the days
     * @return the hours
     */
    public static WeeklyHours of(List<String> ranges, DayOfWeek... dayList) {
        List<TimeRange> parsed = ranges.stream().map(TimeRange::parse).toList();
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : dayList) {
            map.put(day, parsed);
        }
        return new WeeklyHours(map);
    }

    /** Monday to Friday with the given ranges. */
    public static WeeklyHours weekdays(String... ranges) {
        return of(List.of(ranges), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
    }

    /**
     * The ranges of a day.
     *
     * @param day the day, not null
     * @return the ranges, empty when closed
     */
    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
