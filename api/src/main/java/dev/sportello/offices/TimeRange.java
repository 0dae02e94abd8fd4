package dev.sportello.offices;

import dev.sportello.Arguments;

import java.time.LocalTime;

/**
 * A span of local time within one day, start inclusive, end exclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the start, not null
 * @param end   the end, after the start, not null
 */
public record TimeRange(LocalTime start, LocalTime end) {
    /** Checks that the range is not empty. */
    public TimeRange {
        Arguments.required(start, "TimeRange", "start");
        Arguments.required(end, "TimeRange", "end");
        if (!end.isAfter(start)) {
            throw Arguments.invalid("TimeRange", "end", "a time range must end after it starts");
        }
    }

    /**
     * Parses {@code HH:mm-HH:mm}.
     *
     * @param text the range, not null
     * @return the range
     */
    public static TimeRange parse(String text) {
        int dash = text == null ? -1 : text.indexOf('-');
        if (dash < 0) {
            throw Arguments.invalid("TimeRange", "text", "a range is written HH:MM-HH:MM");
        }
        try {
            return new TimeRange(LocalTime.parse(Arguments.strip(text.substring(0, dash))),
                    LocalTime.parse(Arguments.strip(text.substring(dash + 1))));
        } catch (java.time.format.DateTimeParseException e) {
            throw Arguments.invalid("TimeRange", "text", "a range is written HH:MM-HH:MM");
        }
    }

    /**
     * Whether a time falls in the range.
     *
     * @param time the time, not null
     * @return true if start &lt;= time &lt; end
     */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
