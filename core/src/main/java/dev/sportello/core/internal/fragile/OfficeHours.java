package dev.sportello.core.internal.fragile;

import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Office;
import dev.sportello.offices.TimeRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When an office is next open, on its calendar (R-USR-4 offices): national holidays, the patron saint,
 * ad-hoc closures and weekly rest are closed days; an instant within a day's opening hours is "open now".
 *
 * <p>Thread-safe.
 */
final class OfficeHours {
    /** How far ahead to look: an office closed for longer has no next opening worth queueing for. */
    private static final int HORIZON_DAYS = 366;

    private final OfficeService offices;

    OfficeHours(OfficeService offices) {
        this.offices = offices;
    }

    /**
     * The instant itself if the office is open then, else the start of its next opening hours.
     *
     * @param tx     the transaction (closures are read in it)
     * @param office the office
     * @param at     the instant
     * @return the instant, or the next opening; {@code at} when the office opens on none of the next 366 days
     */
    Instant openAtOrNext(Tx tx, Office office, Instant at) {
        ZonedDateTime local = at.atZone(office.zone());
        LocalDate first = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        for (int offset = 0; offset < HORIZON_DAYS; offset += 31) {
            LocalDate from = first.plusDays(offset);
            for (CalendarDay day : offices.calendar(tx, office, from, from.plusDays(30))) {
                if (!day.open()) {
                    continue;
                }
                for (TimeRange range : day.hours()) {
                    if (!day.date().equals(first)) {
                        return day.date().atTime(range.start()).atZone(office.zone()).toInstant();
                    }
                    if (range.contains(time)) {
                        return at;
                    }
                    if (time.isBefore(range.start())) {
                        return day.date().atTime(range.start()).atZone(office.zone()).toInstant();
                    }
                }
            }
        }
        return at;
    }
}
