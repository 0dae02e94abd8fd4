package dev.sportello.core.internal.offices;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

/** Easter Sunday across the Gregorian centuries, checked against published dates and an independent computus. */
class EasterComputusTest {

    /** Oudin's algorithm (1940), as given in Tøndering's calendar FAQ: independent of Meeus/Jones/Butcher. */
    private static LocalDate oudin(int year) {
        int g = year % 19;
        int c = year / 100;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest
    @DisplayName("published Easter dates, among them the earliest and latest possible and the Gauss exceptions")
    @CsvSource({"1583,1583-04-10", "1600,1600-04-02", "1700,1700-04-11", "1761,1761-03-22", "1818,1818-03-22",
        "1886,1886-04-25", "1900,1900-04-15", "1943,1943-04-25", "1954,1954-04-18", "1981,1981-04-19",
        "2008,2008-03-23", "2011,2011-04-24", "2049,2049-04-18", "2076,2076-04-19", "2100,2100-03-28",
        "2285,2285-03-22", "2400,2400-04-16"})
    void publishedDates(int year, LocalDate easter) {
        assertThat(ItalianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    @DisplayName("every year from 1583 to 4099 agrees with Oudin's computus and falls on a Sunday, 22 March to 25 April")
    void agreesWithAnIndependentComputus() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = ItalianHolidays.easterSunday(year);
            assertThat(easter).as("Easter %d", year).isEqualTo(oudin(year));
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(MonthDay.from(easter)).as("Easter %d", year)
                    .isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
        }
    }

    @Test
    @DisplayName("Easter Sunday itself is a national holiday named Pasqua")
    void easterSundayIsAHoliday() {
        assertThat(ItalianHolidays.holiday(LocalDate.of(2027, 3, 28))).contains("Pasqua");
        assertThat(ItalianHolidays.holiday(LocalDate.of(2027, 3, 29))).contains("Lunedì dell'Angelo");
        assertThat(ItalianHolidays.holiday(LocalDate.of(2027, 3, 27))).isEmpty();
        assertThat(ItalianHolidays.holiday(LocalDate.of(2026, 1, 1))).contains("Capodanno");
    }
}
