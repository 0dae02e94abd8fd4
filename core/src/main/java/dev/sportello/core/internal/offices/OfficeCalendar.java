package dev.sportello.core.internal.offices;

import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.ClosureReason;
import dev.sportello.offices.Office;
import dev.sportello.offices.TimeRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an office is open on a day, and why not: national holiday, patron saint, ad-hoc closure,
 * or weekly rest, in that order of precedence.
 *
 * <p>Thread-safe (stateless).
 */
public final class OfficeCalendar {
    private OfficeCalendar() {
    }

    /**
     * One day of an office.
     *
     * @param office  the office
     * @param date    the day
     * @param adHoc   the office's ad-hoc closures, by date
     * @return the day
     */
    public static CalendarDay day(Office office, LocalDate date, Map<LocalDate, Closure> adHoc) {
        Optional<String> holiday = ItalianHolidays.holiday(date);
        if (holiday.isPresent()) {
            return new CalendarDay(date, List.of(), ClosureReason.NATIONAL_HOLIDAY, holiday.get());
        }
        if (office.patronSaint() != null && office.patronSaint().getMonth() == date.getMonth()
                && office.patronSaint().getDayOfMonth() == date.getDayOfMonth()) {
            return new CalendarDay(date, List.of(), ClosureReason.PATRON_SAINT, "Santo patrono");
        }
        Closure closure = adHoc.get(date);
        if (closure != null) {
            return new CalendarDay(date, List.of(), ClosureReason.AD_HOC, closure.reason());
        }
        List<TimeRange> hours = office.openingHours().on(date.getDayOfWeek());
        if (hours.isEmpty()) {
            return new CalendarDay(date, List.of(), ClosureReason.WEEKLY_REST, null);
        }
        return new CalendarDay(date, hours, null, null);
    }
}
