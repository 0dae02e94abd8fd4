package dev.sportello.appointments;

import dev.sportello.Arguments;

import java.time.ZoneId;
import java.util.List;

/**
 * The slots of a calendar over a range of days, in time order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param calendar the calendar, not null
 * @param mode     the mode queried, not null
 * @param zone     the office's zone, not null
 * @param slots    the slots, full ones included (so that a user can join the waitlist), not null
 */
public record Availability(BookingCalendar calendar, ContactMode mode, ZoneId zone, List<Slot> slots) {
    /** Checks and copies the components. */
    public Availability {
        Arguments.required(calendar, "Availability", "calendar");
        Arguments.required(mode, "Availability", "mode");
        Arguments.required(zone, "Availability", "zone");
        slots = Arguments.list(slots, "Availability", "slots");
    }

    /** The slots with at least one free seat. */
    public List<Slot> free() {
        return slots.stream().filter(s -> !s.full()).toList();
    }
}
