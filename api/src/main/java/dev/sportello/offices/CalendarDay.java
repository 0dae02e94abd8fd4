package dev.sportello.offices;

import dev.sportello.Arguments;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of an office calendar.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date        the day, not null
 * @param hours       the opening hours, empty when closed; not null
 * @param closure     why the office is closed, or null when open
 * @param description the holiday's name or the closure's reason, or null
 */
public record CalendarDay(LocalDate date, List<TimeRange> hours, ClosureReason closure, String description) {
    /** Checks and copies the components. */
    public CalendarDay {
        Arguments.required(date, "CalendarDay", "date");
        hours = Arguments.list(hours, "CalendarDay", "hours");
        if ((closure == null) == hours.isEmpty()) {
            throw Arguments.invalid("CalendarDay", "hours", "a day is either open with hours or closed with a reason");
        }
    }

    /** Whether the office is open on this day. */
    public boolean open() {
        return closure == null;
    }
}
