package dev.sportello.core.internal.appointments;

import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Operator;
import dev.sportello.offices.TimeRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays a calendar's slots on the wall clock of the office's zone (R-APT-1), correctly across daylight
 * saving changes: a wall-clock start that does not exist (the spring-forward hour) gives no slot; one
 * that exists twice (the fall-back hour) gives a single slot at its first occurrence. Slots last the
 * calendar's length in real time and never overlap.
 *
 * <p>Thread-safe: stateless but for a bounded cache of computed grids (a concurrent map of immutable lists).
 */
public final class SlotGrid {
    /**
     * A slot on the grid.
     *
     * @param start the start
     * @param end   the end
     * @param local the start on the office's wall clock
     */
    public record GridSlot(Instant start, Instant end, ZonedDateTime local) {
    }

    /**
     * Grids already computed, by calendar object (identity: a calendar is an immutable record, and a directory
     * that returns new objects only misses), zone and day. Bounded: emptied when full, so a directory that
     * builds its calendars anew on every call cannot grow it.
     */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<GridKey, List<GridSlot>> GRIDS = new ConcurrentHashMap<>();

    private record GridKey(BookingCalendar calendar, ZoneId zone, LocalDate day) {
        @Override
        public boolean equals(Object other) {
            return other instanceof GridKey k && calendar == k.calendar && zone.equals(k.zone) && day.equals(k.day);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(calendar) * 31 + zone.hashCode()) * 31 + day.hashCode();
        }
    }

    private SlotGrid() {
    }

    /**
     * The slots of a calendar on a day, whatever the office's closures (the caller checks that the day
     * is open).
     *
     * @param calendar the calendar
     * @param zone     the office's zone
     * @param day      the day
     * @return the slots, in time order
     */
    public static List<GridSlot> slots(BookingCalendar calendar, ZoneId zone, LocalDate day) {
        GridKey key = new GridKey(calendar, zone, day);
        List<GridSlot> known = GRIDS.get(key);
        if (known != null) {
            return known;
        }
        List<GridSlot> grid = List.copyOf(compute(calendar, zone, day));
        if (GRIDS.size() >= CACHE_LIMIT) {
            GRIDS.clear();
        }
        GRIDS.put(key, grid);
        return grid;
    }

    private static List<GridSlot> compute(BookingCalendar calendar, ZoneId zone, LocalDate day) {
        long length = calendar.slotLength().toMinutes();
        List<GridSlot> slots = new ArrayList<>();
        Set<Instant> seen = new HashSet<>();
        Instant lastEnd = Instant.MIN;
        for (TimeRange range : calendar.hours().on(day.getDayOfWeek())) {
            int from = range.start().toSecondOfDay() / 60;
            int to = range.end().toSecondOfDay() / 60;
            for (long minute = from; minute + length <= to; minute += length) {
                LocalDateTime wall = day.atTime(LocalTime.ofSecondOfDay(minute * 60));
                if (zone.getRules().getValidOffsets(wall).isEmpty()) {
                    continue;
                }
                ZonedDateTime local = ZonedDateTime.ofLocal(wall, zone, null);
                Instant start = local.toInstant();
                if (start.isBefore(lastEnd) || !seen.add(start)) {
                    continue;
                }
                Instant end = start.plus(calendar.slotLength());
                slots.add(new GridSlot(start, end, local));
                lastEnd = end;
            }
        }
        return slots;
    }

    /**
     * The slot of a calendar that starts at an instant.
     *
     * @param calendar the calendar
     * @param zone     the office's zone
     * @param start    the start
     * @return the slot, if the calendar has one starting then
     */
    public static Optional<GridSlot> at(BookingCalendar calendar, ZoneId zone, Instant start) {
        LocalDate day = start.atZone(zone).toLocalDate();
        for (GridSlot slot : slots(calendar, zone, day)) {
            if (slot.start().equals(start)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an operator's weekly availability covers a slot entirely.
     *
     * @param operator the operator
     * @param slot     the slot
     * @param zone     the office's zone
     * @return true if one of the operator's ranges that day holds the slot's wall-clock start and end
     */
    public static boolean covers(Operator operator, GridSlot slot, ZoneId zone) {
        ZonedDateTime end = slot.end().atZone(zone);
        if (!end.toLocalDate().equals(slot.local().toLocalDate())) {
            return false;
        }
        LocalTime from = slot.local().toLocalTime();
        LocalTime to = end.toLocalTime();
        return operator.availability().on(slot.local().getDayOfWeek()).stream()
                .anyMatch(range -> !from.isBefore(range.start()) && !to.isAfter(range.end()));
    }
}
