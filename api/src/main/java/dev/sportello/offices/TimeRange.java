package dev.sportello.offices;

import java.time.LocalTime;
import java.util.Objects;

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
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts");
        }
    }

    /**
     * Parses {@code HH:mm-HH:mm}.
     *
     * @param text the range, not null
     * @return the range
     */
    public static TimeRange parse(String text) {
        int dash = text.indexOf('-');
        return new TimeRange(LocalTime.parse(text.substring(0, dash).strip()), LocalTime.parse(text.substring(dash + 1).strip()));
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
