package dev.sportello.core.internal.offices;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * The Italian national holidays: the fixed ones, Easter Sunday and Easter Monday (Gregorian
 * computus), and 4 October (San Francesco d'Assisi), a national holiday again from 2026 under Law
 * 151/2025. Written here on purpose: no well-kept library carries this calendar.
 *
 * <p>Thread-safe (stateless).
 */
public final class ItalianHolidays {
    private static final Map<MonthDay, String> FIXED = Map.ofEntries(
            Map.entry(MonthDay.of(Month.JANUARY, 1), "Capodanno"),
            Map.entry(MonthDay.of(Month.JANUARY, 6), "Epifania"),
            Map.entry(MonthDay.of(Month.APRIL, 25), "Festa della Liberazione"),
            Map.entry(MonthDay.of(Month.MAY, 1), "Festa del Lavoro"),
            Map.entry(MonthDay.of(Month.JUNE, 2), "Festa della Repubblica"),
            Map.entry(MonthDay.of(Month.AUGUST, 15), "Ferragosto"),
            Map.entry(MonthDay.of(Month.NOVEMBER, 1), "Ognissanti"),
            Map.entry(MonthDay.of(Month.DECEMBER, 8), "Immacolata Concezione"),
            Map.entry(MonthDay.of(Month.DECEMBER, 25), "Natale"),
            Map.entry(MonthDay.of(Month.DECEMBER, 26), "Santo Stefano"));
    private static final MonthDay SAINT_FRANCIS = MonthDay.of(Month.OCTOBER, 4);
    private static final int SAINT_FRANCIS_FROM = 2026;

    private ItalianHolidays() {
    }

    /**
     * The national holiday on a day, if any.
     *
     * @param date the day
     * @return the holiday's Italian name
     */
    public static Optional<String> holiday(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        String fixed = FIXED.get(day);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (day.equals(SAINT_FRANCIS) && date.getYear() >= SAINT_FRANCIS_FROM) {
            return Optional.of("San Francesco d'Assisi");
        }
        LocalDate easter = easterSunday(date.getYear());
        if (date.equals(easter)) {
            return Optional.of("Pasqua");
        }
        if (date.equals(easter.plusDays(1))) {
            return Optional.of("Lunedì dell'Angelo");
        }
        return Optional.empty();
    }

    /**
     * Easter Sunday of a year in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).
     *
     * @param year the year, 1583 or later
     * @return the date
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
