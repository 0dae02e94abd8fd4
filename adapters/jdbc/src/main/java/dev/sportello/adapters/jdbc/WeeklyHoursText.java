package dev.sportello.adapters.jdbc;

import dev.sportello.offices.TimeRange;
import dev.sportello.offices.WeeklyHours;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Weekly hours as text: {@code MONDAY=08:30-12:30,14:00-16:00;TUESDAY=08:30-12:30}. */
final class WeeklyHoursText {
    private WeeklyHoursText() {
    }

    static String format(WeeklyHours hours) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = hours.on(day);
            if (!ranges.isEmpty()) {
                days.add(day + "=" + ranges.stream().map(TimeRange::toString).collect(Collectors.joining(",")));
            }
        }
        return String.join(";", days);
    }

    static WeeklyHours parse(String text) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        if (!text.isBlank()) {
            for (String day : text.split(";")) {
                String[] parts = day.split("=");
                List<TimeRange> ranges = new ArrayList<>();
                for (String range : parts[1].split(",")) {
                    ranges.add(TimeRange.parse(range));
                }
                days.put(DayOfWeek.valueOf(parts[0]), ranges);
            }
        }
        return new WeeklyHours(days);
    }
}
