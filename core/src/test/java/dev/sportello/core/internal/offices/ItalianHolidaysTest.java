package dev.sportello.core.internal.offices;

import dev.sportello.ServiceId;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.ClosureReason;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ItalianHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28",
        "2038,2038-04-25", "2000,2000-04-23"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(ItalianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void easterMondayIsAHoliday() {
        assertThat(ItalianHolidays.holiday(LocalDate.of(2026, 4, 6))).contains("Lunedì dell'Angelo");
        assertThat(ItalianHolidays.holiday(LocalDate.of(2026, 4, 7))).isEmpty();
    }

    @Test
    void saintFrancisIsANationalHolidayFrom2026Only() {
        assertThat(ItalianHolidays.holiday(LocalDate.of(2025, 10, 4))).isEmpty();
        assertThat(ItalianHolidays.holiday(LocalDate.of(2026, 10, 4))).contains("San Francesco d'Assisi");
        assertThat(ItalianHolidays.holiday(LocalDate.of(2031, 10, 4))).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01", "2026-01-06", "2026-04-25", "2026-05-01", "2026-06-02", "2026-08-15", "2026-11-01",
        "2026-12-08", "2026-12-25", "2026-12-26"})
    void fixedHolidays(LocalDate day) {
        assertThat(ItalianHolidays.holiday(day)).isPresent();
    }

    @Test
    void officeCalendarOrdersTheReasonsForClosing() {
        Office rome = new Office(new OfficeCode("ROMA-TIBURTINO"), "Roma Tiburtino", Office.ROME,
                WeeklyHours.weekdays("08:30-12:30", "14:00-16:00"), MonthDay.of(6, 29));
        Closure strike = new Closure(rome.code(), LocalDate.of(2026, 11, 24), "Sciopero", new ServiceId("ops"), Instant.EPOCH);
        Map<LocalDate, Closure> closures = Map.of(strike.date(), strike);
        assertThat(OfficeCalendar.day(rome, LocalDate.of(2026, 6, 29), closures).closure()).isEqualTo(ClosureReason.PATRON_SAINT);
        assertThat(OfficeCalendar.day(rome, LocalDate.of(2026, 6, 2), closures).closure()).isEqualTo(ClosureReason.NATIONAL_HOLIDAY);
        CalendarDay adHoc = OfficeCalendar.day(rome, LocalDate.of(2026, 11, 24), closures);
        assertThat(adHoc.closure()).isEqualTo(ClosureReason.AD_HOC);
        assertThat(adHoc.description()).isEqualTo("Sciopero");
        assertThat(OfficeCalendar.day(rome, LocalDate.of(2026, 11, 22), closures).closure()).isEqualTo(ClosureReason.WEEKLY_REST);
        CalendarDay open = OfficeCalendar.day(rome, LocalDate.of(2026, 11, 23), closures);
        assertThat(open.open()).isTrue();
        assertThat(open.hours()).hasSize(2);
    }
}
