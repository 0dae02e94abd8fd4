package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * When an office takes appointments for a topic: weekly hours (within the office's open days), the
 * slot length, the seats per slot in each contact mode, the minimum notice and the booking horizon.
 * Integrator data, read through {@link dev.sportello.offices.spi.OfficeDirectory#calendars}.
 *
 * <p>Slots are laid on the wall clock of the office's zone from the start of each range, one after the
 * other, and must end within the range. A wall-clock time that does not exist (the spring-forward
 * hour) gives no slot; a time that exists twice (the fall-back hour) gives one slot, at its first
 * occurrence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office        the office, not null
 * @param topic         the topic, not null
 * @param hours         the weekly hours of the service, not null
 * @param slotLength    5 minutes to 4 hours, a whole number of 5 minutes
 * @param capacity      seats per slot by mode; a mode that is absent or 0 is not offered
 * @param minimumNotice how long before a slot bookings close, 0 to 30 days
 * @param horizonDays   how many days ahead bookings open, 1 to 366
 */
public record BookingCalendar(OfficeCode office, AppointmentTopic topic, WeeklyHours hours, Duration slotLength,
                              Map<ContactMode, Integer> capacity, Duration minimumNotice, int horizonDays) {
    /** Checks and copies the components. */
    public BookingCalendar {
        Arguments.required(office, "BookingCalendar", "office");
        Arguments.required(topic, "BookingCalendar", "topic");
        Arguments.required(hours, "BookingCalendar", "hours");
        Arguments.required(slotLength, "BookingCalendar", "slotLength");
        Arguments.required(minimumNotice, "BookingCalendar", "minimumNotice");
        if (slotLength.compareTo(Duration.ofMinutes(5)) < 0 || slotLength.compareTo(Duration.ofHours(4)) > 0
                || slotLength.toSeconds() % 300 != 0) {
            throw Arguments.invalid("BookingCalendar", "slotLength", "a slot lasts 5 minutes to 4 hours, in steps of 5 minutes");
        }
        if (minimumNotice.isNegative() || minimumNotice.compareTo(Duration.ofDays(30)) > 0) {
            throw Arguments.invalid("BookingCalendar", "minimumNotice", "the minimum notice is 0 to 30 days");
        }
        if (horizonDays < 1 || horizonDays > 366) {
            throw Arguments.invalid("BookingCalendar", "horizonDays", "the horizon is 1 to 366 days");
        }
        Map<ContactMode, Integer> copy = new EnumMap<>(ContactMode.class);
        Arguments.required(capacity, "BookingCalendar", "capacity").forEach((mode, seats) -> {
            Arguments.required(mode, "BookingCalendar", "capacity<key>");
            if (seats == null || seats < 0 || seats > 10_000) {
                throw Arguments.invalid("BookingCalendar", "capacity", "seats per slot are 0 to 10000");
            }
            copy.put(Arguments.required(mode, "BookingCalendar", "mode"), seats);
        });
        capacity = Map.copyOf(copy);
    }

    /**
     * The seats per slot in a mode.
     *
     * @param mode the mode, not null
     * @return the seats, 0 if the mode is not offered
     */
    public int seats(ContactMode mode) {
        Arguments.required(mode, "BookingCalendar", "mode");
        return capacity.getOrDefault(mode, 0);
    }
}
