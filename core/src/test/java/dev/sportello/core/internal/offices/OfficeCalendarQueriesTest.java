package dev.sportello.core.internal.offices;

import dev.sportello.ErrorCode;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.ClosureReason;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Office look-ups, the calendar over a range and the next opening days, through the SDK (R-USR-4). */
class OfficeCalendarQueriesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    @Nested
    @DisplayName("R-USR-4 offices and operators come from the integrator's directory")
    class Directory {
        @Test
        @DisplayName("R-USR-4 an office and an operator are read by code and id")
        void officesAndOperatorsAreReadFromTheDirectory() {
            Office rome = h.sdk.offices().office(PORTAL, TestOffices.ROMA);
            assertThat(rome.code()).isEqualTo(TestOffices.ROMA);
            assertThat(rome.name()).isEqualTo("Roma Tiburtino");
            Operator supervisor = h.sdk.offices().operator(PORTAL, TestOffices.ROMA_SUPERVISOR);
            assertThat(supervisor.name()).isEqualTo("Paola Verdi");
            assertThat(supervisor.office()).isEqualTo(TestOffices.ROMA);
            assertThat(supervisor.roles()).contains(OperatorRole.SUPERVISOR);
            fails(() -> h.sdk.offices().operator(PORTAL, new dev.sportello.OperatorId(
                    java.util.UUID.fromString("00000000-0000-7000-8000-000000000999"))), ErrorCode.OFF_OPERATOR_UNKNOWN);
        }

        @Test
        @DisplayName("R-USR-4 operators of the competent office read it, other offices are denied; an unknown user is not found")
        void operatorsReadTheCompetentOffice() {
            UserProfile roman = h.citizen("H501");
            assertThat(h.sdk.offices().competentOffice(BACK_OFFICE, roman.id()).code()).isEqualTo(TestOffices.ROMA);
            UserProfile user = h.citizen("A326");
            fails(() -> h.sdk.offices().competentOffice(BACK_OFFICE, user.id()), ErrorCode.ACCESS_WRONG_OFFICE);
            assertThat(h.denials(user.id())).singleElement().satisfies(d -> {
                assertThat(d.errorCode()).isEqualTo(ErrorCode.ACCESS_WRONG_OFFICE);
                assertThat(d.actor()).isEqualTo(TestOffices.ROMA_BACK_OFFICE);
            });
            assertThat(h.sdk.offices().competentOffice(PORTAL, user.id()).code()).isEqualTo(TestOffices.AOSTA);
            fails(() -> h.sdk.offices().competentOffice(PORTAL, UserId.of("00000000-0000-7000-8000-000000000999")),
                    ErrorCode.USR_NOT_FOUND);
        }
    }

    @Nested
    @DisplayName("R-USR-4 the calendar of the competent office")
    class Calendar {
        @Test
        @DisplayName("R-USR-4 the calendar has one day per date, inclusive, each open or with its reason")
        void oneEntryPerDay() {
            List<CalendarDay> days = h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, SUNDAY, SUNDAY.plusDays(2));
            assertThat(days).extracting(CalendarDay::date).containsExactly(SUNDAY, SUNDAY.plusDays(1), SUNDAY.plusDays(2));
            assertThat(days).extracting(CalendarDay::closure)
                    .containsExactly(ClosureReason.WEEKLY_REST, null, ClosureReason.NATIONAL_HOLIDAY);
            assertThat(days.get(1).hours()).hasSize(2);
            assertThat(days.get(2).description()).isEqualTo("Immacolata Concezione");
            assertThat(h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, SUNDAY, SUNDAY)).hasSize(1);
        }

        @Test
        @DisplayName("R-USR-4 the range is at most 366 days and does not run backwards")
        void theRangeIsBounded() {
            LocalDate from = LocalDate.of(2026, 1, 1);
            assertThat(h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, from, from.plusDays(365))).hasSize(366);
            fails(() -> h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, from, from.plusDays(366)),
                    ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, from, from.minusDays(1)),
                    ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.offices().calendar(PORTAL, new OfficeCode("MILANO"), from, from),
                    ErrorCode.OFF_OFFICE_UNKNOWN);
        }
    }

    @Nested
    @DisplayName("R-USR-4 the next opening days of an office")
    class NextOpeningDays {
        @Test
        @DisplayName("R-USR-4 exactly the number of open days asked for, in order, across several months")
        void exactlyTheDaysAskedFor() {
            List<CalendarDay> days = h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, SUNDAY, 60);
            assertThat(days).hasSize(60).allMatch(CalendarDay::open);
            assertThat(days.get(0).date()).isEqualTo(SUNDAY.plusDays(1));
            assertThat(days).extracting(CalendarDay::date).isSorted().doesNotHaveDuplicates()
                    .doesNotContain(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6))
                    .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
            // 7 December 2026 to 4 March 2027 holds 64 weekdays, four of them holidays (8/12, 25/12, 1/1, 6/1)
            assertThat(days.get(59).date()).isEqualTo(LocalDate.of(2027, 3, 4));
            List<CalendarDay> one = h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, SUNDAY.plusDays(1), 1);
            assertThat(one).extracting(CalendarDay::date).containsExactly(SUNDAY.plusDays(1));
        }

        @Test
        @DisplayName("R-USR-4 the count is 1 to 60 and the start a year from 1901 to 8999")
        void theArgumentsAreBounded() {
            fails(() -> h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, SUNDAY, 0), ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, SUNDAY, 61), ErrorCode.VALIDATION_FAILED);
            assertThat(h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, LocalDate.of(1901, 1, 1), 1)).hasSize(1);
            assertThat(h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, LocalDate.of(8999, 12, 1), 1)).hasSize(1);
            fails(() -> h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, LocalDate.of(1900, 12, 31), 1),
                    ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, LocalDate.of(9000, 1, 1), 1),
                    ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.offices().nextOpeningDays(PORTAL, new OfficeCode("MILANO"), SUNDAY, 1),
                    ErrorCode.OFF_OFFICE_UNKNOWN);
        }

        @Test
        @DisplayName("R-USR-4 an office that never opens gives no days rather than searching for ever")
        void anOfficeThatNeverOpens() {
            OfficeCode closed = new OfficeCode("CHIUSO");
            MemoryOfficeDirectory directory = MemoryOfficeDirectory.builder()
                    .office(new Office(closed, "Sede chiusa", Office.ROME, new WeeklyHours(Map.of()), null), "H501")
                    .build();
            try (CoreFixture other = new CoreFixture(b -> b.officeDirectory(directory))) {
                assertThat(other.sdk.offices().nextOpeningDays(PORTAL, closed, SUNDAY, 5)).isEmpty();
                assertThat(other.sdk.offices().calendar(PORTAL, closed, SUNDAY, SUNDAY.plusDays(6)))
                        .noneMatch(CalendarDay::open);
            }
        }
    }
}
