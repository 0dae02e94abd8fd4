package dev.sportello.core.internal.authz;

import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Core's test offices plus, at Roma, a calendar that one booking fills, so that a waitlist can be joined: one
 * in-person seat at 09:00 on weekdays, an hour of notice, 30 days ahead.
 *
 * <p>Thread-safe (immutable).
 */
final class MatrixOffices implements OfficeDirectory {
    /** The topic of the one-seat calendar, first level. */
    static final AppointmentTopic ONE_SEAT = new AppointmentTopic(new TopicCode("MATRIX_ONE_SEAT"), "Certificati",
            InformationLevel.FIRST);
    /** Tuesday 24 November 2026, the day after the fixture's start: the day the matrix books and waits for. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final OfficeDirectory base = TestOffices.directory();
    private final BookingCalendar oneSeat = new BookingCalendar(TestOffices.ROMA, ONE_SEAT,
            WeeklyHours.weekdays("09:00-09:30"), Duration.ofMinutes(30), Map.of(ContactMode.IN_PERSON, 1),
            Duration.ofHours(1), 30);

    @Override
    public Optional<Office> office(OfficeCode code) {
        return base.office(code);
    }

    @Override
    public Optional<OfficeCode> officeFor(MunicipalityCode municipality) {
        return base.officeFor(municipality);
    }

    @Override
    public Optional<Operator> operator(OperatorId id) {
        return base.operator(id);
    }

    @Override
    public List<Operator> operators(OfficeCode office) {
        return base.operators(office);
    }

    @Override
    public List<BookingCalendar> calendars(OfficeCode office) {
        List<BookingCalendar> calendars = new ArrayList<>(base.calendars(office));
        if (office.equals(TestOffices.ROMA)) {
            calendars.add(oneSeat);
        }
        return List.copyOf(calendars);
    }

    @Override
    public List<Office> offices() {
        return base.offices();
    }
}
