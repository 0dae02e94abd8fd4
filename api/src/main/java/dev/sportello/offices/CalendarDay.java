package dev.sportello.offices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(date, "date");
        hours = List.copyOf(hours);
        if ((closure == null) == hours.isEmpty()) {
            throw new IllegalArgumentException("a day is either open with hours or closed with a reason");
        }
    }

    /** Whether the office is open on this day. */
    public boolean open() {
        return closure == null;
    }
}
