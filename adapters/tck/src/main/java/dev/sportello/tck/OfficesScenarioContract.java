package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.ClosureReason;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offices, competent office and calendars (R-USR-4).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class OfficesScenarioContract extends ScenarioContract {
    private static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);

    @Test
    void theCompetentOfficeComesFromResidenceOrRegisteredSeat() {
        UserProfile citizen = h.citizen("H501");
        UserProfile company = h.company("B354");
        assertThat(h.sdk.offices().competentOffice(SdkHarness.as(citizen), citizen.id()).code()).isEqualTo(TckOffices.ROMA);
        assertThat(h.sdk.offices().competentOffice(SdkHarness.as(company), company.id()).code()).isEqualTo(TckOffices.CAGLIARI);
        assertThat(h.sdk.offices().officeFor(SdkHarness.PORTAL, new MunicipalityCode("058091")).code()).isEqualTo(TckOffices.ROMA);
        fails(() -> h.sdk.offices().officeFor(SdkHarness.PORTAL, new MunicipalityCode("F205")), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
        fails(() -> h.sdk.offices().office(SdkHarness.PORTAL, new OfficeCode("MILANO")), ErrorCode.OFF_OFFICE_UNKNOWN);
        fails(() -> h.sdk.offices().competentOffice(SdkHarness.as(citizen), company.id()), ErrorCode.ACCESS_NOT_OWNER);
    }

    @Test
    void nextOpeningDaysSkipHolidaysAndWeekends() {
        // Monday 7 December 2026; 8 December is the Immaculate Conception
        List<CalendarDay> days = h.sdk.offices().nextOpeningDays(SdkHarness.PORTAL, TckOffices.ROMA, LocalDate.of(2026, 12, 7), 4);
        assertThat(days).extracting(CalendarDay::date).containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11));
        assertThat(days.get(0).hours()).hasSize(2);
    }

    @Test
    void theCalendarNamesEveryClosure() {
        List<CalendarDay> april = h.sdk.offices().calendar(SdkHarness.PORTAL, TckOffices.ROMA,
                LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6));
        assertThat(april).extracting(CalendarDay::closure).containsExactly(ClosureReason.NATIONAL_HOLIDAY, ClosureReason.NATIONAL_HOLIDAY);
        assertThat(april.get(1).description()).isEqualTo("Lunedì dell'Angelo");
        CalendarDay saintFrancis = h.sdk.offices().calendar(SdkHarness.PORTAL, TckOffices.ROMA,
                LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 4)).get(0);
        assertThat(saintFrancis.closure()).isEqualTo(ClosureReason.NATIONAL_HOLIDAY);
        CalendarDay patron = h.sdk.offices().calendar(SdkHarness.PORTAL, TckOffices.ROMA,
                LocalDate.of(2027, 6, 29), LocalDate.of(2027, 6, 29)).get(0);
        assertThat(patron.closure()).isEqualTo(ClosureReason.PATRON_SAINT);
        fails(() -> h.sdk.offices().calendar(SdkHarness.PORTAL, TckOffices.ROMA, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 6, 1)), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void supervisorsCloseTheirOfficeOnAFutureDay() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.ROMA, day, "Assemblea sindacale"));
        CalendarDay closed = h.sdk.offices().calendar(SdkHarness.PORTAL, TckOffices.ROMA, day, day).get(0);
        assertThat(closed.closure()).isEqualTo(ClosureReason.AD_HOC);
        assertThat(closed.description()).isEqualTo("Assemblea sindacale");
        assertThat(h.sdk.offices().nextOpeningDays(SdkHarness.PORTAL, TckOffices.ROMA, day, 1).get(0).date())
                .isEqualTo(day.plusDays(1));
        fails(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.ROMA, day, "Again")), ErrorCode.OFF_ALREADY_CLOSED);
        fails(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.ROMA, LocalDate.of(2026, 11, 23), "Today")),
                ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE);
        fails(() -> h.sdk.offices().closeDay(Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE),
                new CloseDay(TckOffices.ROMA, day.plusDays(1), "No")), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.CAGLIARI, day, "Not mine")),
                ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.ROMA, day.plusDays(1), "")),
                ErrorCode.VALIDATION_FAILED);
    }
}
