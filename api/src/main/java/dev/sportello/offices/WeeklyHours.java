package dev.sportello.offices;

import dev.sportello.Arguments;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        for (Map.Entry<DayOfWeek, List<TimeRange>> day : Arguments.required(days, "WeeklyHours", "days").entrySet()) {
            Arguments.required(day.getKey(), "WeeklyHours", "days<key>");
            List<TimeRange> ranges = new ArrayList<>(Arguments.list(day.getValue(), "WeeklyHours", "days[" + day.getKey() + "]"));
            ranges.sort(Comparator.comparing(TimeRange::start));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).start().isBefore(ranges.get(i - 1).end())) {
                    throw Arguments.invalid("WeeklyHours", "days", "overlapping ranges on " + day.getKey());
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
        List<TimeRange> parsed = Arguments.list(ranges, "WeeklyHours", "ranges").stream().map(TimeRange::parse).toList();
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : Arguments.required(dayList, "WeeklyHours", "days")) {
            map.put(Arguments.required(day, "WeeklyHours", "days[]"), parsed);
        }
        return new WeeklyHours(map);
    }

    /** Monday to Friday with the given ranges. */
    public static WeeklyHours weekdays(String... ranges) {
        return of(ranges == null ? null : java.util.Arrays.asList(ranges), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
    }

    /**
     * The ranges of a day.
     *
     * @param day the day, not null
     * @return the ranges, empty when closed
     */
    public List<TimeRange> on(DayOfWeek day) {
        Arguments.required(day, "WeeklyHours", "day");
        return days.getOrDefault(day, List.of());
    }
}
