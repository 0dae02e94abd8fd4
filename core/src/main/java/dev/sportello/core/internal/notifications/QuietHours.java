package dev.sportello.core.internal.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * SMS quiet hours in a zone: a window of local time (possibly across midnight) during which SMS that
 * are not urgent wait. They are deferred, never dropped.
 *
 * @param start the start of the window
 * @param end   the end of the window
 *
 * <p>Immutable and thread-safe.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /**
     * Whether an instant falls in the window.
     *
     * @param at   the instant
     * @param zone the zone
     * @return true if SMS must wait
     */
    public boolean contains(Instant at, ZoneId zone) {
        if (start.equals(end)) {
            return false;
        }
        LocalTime time = at.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * The first instant at or after {@code at} outside the window.
     *
     * @param at   the instant
     * @param zone the zone
     * @return {@code at} itself, or the end of the window
     */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        if (!contains(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (start.isAfter(end) && !local.toLocalTime().isBefore(start)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
