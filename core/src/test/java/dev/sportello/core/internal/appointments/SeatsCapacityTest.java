package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.Slot;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The seats of a slot and the interpreter's time are taken once and given back on a change (R-APT-2, R-APT-6). */
class SeatsCapacityTest {
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Instant TEN = rome("2026-11-24T10:00");
    private static final Instant TEN_THIRTY = rome("2026-11-24T10:30");
    private static final AppointmentTopic SHORT_TOPIC = new AppointmentTopic(new TopicCode("SHORT_TALK"), "Colloquio breve",
            InformationLevel.FIRST);
    private static final OperatorId SECOND_INTERPRETER = new OperatorId(UUID.fromString("00000000-0000-7000-8000-000000000099"));
    private CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment book(UserProfile user, TopicCode topic, ContactMode mode, Interpretation interpretation, Instant start) {
        return h.sdk.appointments().book(cie(user), new BookAppointment(h.key(), TestOffices.ROMA, topic, mode, start,
                interpretation));
    }

    private Appointment signLanguage(TopicCode topic, Instant start) {
        return book(h.deaf(h.citizenWithContacts()), topic, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, start);
    }

    private int remaining(ContactMode mode, Interpretation interpretation, Instant start) {
        return h.sdk.appointments().availability(PORTAL, new AvailabilityQuery(TestOffices.ROMA, PENSION, mode, TUESDAY,
                TUESDAY, interpretation)).slots().stream().filter(s -> s.start().equals(start)).findFirst()
                .map(Slot::remaining).orElseThrow();
    }

    private void cancel(Appointment a) {
        UserProfile owner = h.sdk.users().get(PORTAL, a.owner());
        Appointment current = h.sdk.appointments().get(cie(owner), a.id());
        h.sdk.appointments().cancel(cie(owner), new CancelAppointment(a.id(), current.version(), "Non posso"));
    }

    @Test
    @DisplayName("R-APT-2 the seats of a slot are counted down by bookings and given back by a cancellation")
    void aCancelledSeatCanBeBookedAgain() {
        List<Appointment> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(book(h.citizenWithContacts(), PENSION, ContactMode.IN_PERSON, Interpretation.NONE, TEN));
            assertThat(remaining(ContactMode.IN_PERSON, Interpretation.NONE, TEN)).isEqualTo(2 - i);
        }
        UserProfile late = h.citizenWithContacts();
        fails(() -> book(late, PENSION, ContactMode.IN_PERSON, Interpretation.NONE, TEN), ErrorCode.APT_SLOT_FULL);
        cancel(booked.get(1));
        assertThat(remaining(ContactMode.IN_PERSON, Interpretation.NONE, TEN)).isEqualTo(1);
        assertThat(book(late, PENSION, ContactMode.IN_PERSON, Interpretation.NONE, TEN).start()).isEqualTo(TEN);
        assertThat(remaining(ContactMode.IN_PERSON, Interpretation.NONE, TEN)).isZero();
    }

    @Test
    @DisplayName("R-APT-6 the interpreter's time is shown taken, and is given back by a cancellation")
    void aCancelledInterpretersTimeCanBeBookedAgain() {
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN)).isEqualTo(1);
        Appointment first = signLanguage(PENSION, TEN);
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN)).as("the only interpreter is busy")
                .isZero();
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.NONE, TEN)).as("a seat is left without interpretation")
                .isEqualTo(1);
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN_THIRTY)).as("the next slot is free")
                .isEqualTo(1);
        UserProfile second = h.deaf(h.citizenWithContacts());
        fails(() -> book(second, PENSION, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN), ErrorCode.APT_SLOT_FULL);
        cancel(first);
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN)).isEqualTo(1);
        assertThat(book(second, PENSION, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN).interpreter())
                .contains(TestOffices.ROMA_SIGN_LANGUAGE);
    }

    @Test
    @DisplayName("R-APT-6 one interpreter serves back-to-back slots")
    void backToBackSlotsShareTheInterpreter() {
        assertThat(signLanguage(PENSION, TEN).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
        assertThat(signLanguage(PENSION, TEN_THIRTY).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
        assertThat(signLanguage(PENSION, rome("2026-11-24T09:30")).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
    }

    @Test
    @DisplayName("R-APT-6 a rescheduled sign-language call gives the interpreter's old time back")
    void aRescheduleGivesTheOldTimeBack() {
        Appointment moved = signLanguage(PENSION, TEN);
        UserProfile owner = h.sdk.users().get(PORTAL, moved.owner());
        h.sdk.appointments().reschedule(cie(owner), new RescheduleAppointment(moved.id(),
                h.sdk.appointments().get(cie(owner), moved.id()).version(), rome("2026-11-24T11:00")));
        assertThat(remaining(ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN)).isEqualTo(1);
        assertThat(signLanguage(PENSION, TEN).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
    }

    @Test
    @DisplayName("R-APT-6 the interpreter is never booked twice across calendars whose slots overlap by five minutes")
    void fiveMinutesOfOverlapAcrossCalendarsAreEnough() {
        h.close();
        h = new CoreFixture(b -> b.officeDirectory(new ShortCalendar(false)));
        signLanguage(PENSION, rome("2026-11-24T09:00"));                     // 09:00-09:30
        UserProfile overlapping = h.deaf(h.citizenWithContacts());
        fails(() -> book(overlapping, SHORT_TOPIC.code(), ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE,
                rome("2026-11-24T09:25")), ErrorCode.APT_SLOT_FULL);         // 09:25-09:50
        assertThat(book(overlapping, SHORT_TOPIC.code(), ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE,
                rome("2026-11-24T09:50")).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
    }

    @Test
    @DisplayName("R-APT-6 an interpreter busy at the end of a slot keeps none of its start when another one takes it")
    void aPartlyBusyInterpreterKeepsNothingOfASlotTakenByAnother() {
        h.close();
        h = new CoreFixture(b -> b.officeDirectory(new ShortCalendar(true)));
        assertThat(signLanguage(PENSION, TEN).interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);   // 10:00-10:30
        assertThat(signLanguage(SHORT_TOPIC.code(), rome("2026-11-24T09:50")).interpreter())          // 09:50-10:15
                .contains(SECOND_INTERPRETER);
        assertThat(signLanguage(PENSION, rome("2026-11-24T09:30")).interpreter())                     // 09:30-10:00
                .contains(TestOffices.ROMA_SIGN_LANGUAGE);
    }

    /** Core's test offices plus, at Roma, a calendar of 25-minute video slots 09:00–12:00 and, if asked, a second interpreter. */
    private static final class ShortCalendar implements OfficeDirectory {
        private final OfficeDirectory base = TestOffices.directory();
        private final BookingCalendar calendar = new BookingCalendar(TestOffices.ROMA, SHORT_TOPIC,
                WeeklyHours.weekdays("09:00-12:00"), Duration.ofMinutes(25), Map.of(ContactMode.VIDEO_CALL, 3),
                Duration.ofHours(1), 30);
        private final Optional<Operator> second;

        ShortCalendar(boolean secondInterpreter) {
            second = secondInterpreter ? Optional.of(new Operator(SECOND_INTERPRETER, TestOffices.ROMA, "Luigi Viola",
                    Set.of(OperatorRole.FRONT_OFFICE), Set.of(Skill.SIGN_LANGUAGE), WeeklyHours.weekdays("09:00-12:00")))
                    : Optional.empty();
        }

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
            return second.filter(o -> o.id().equals(id)).or(() -> base.operator(id));
        }

        @Override
        public List<Operator> operators(OfficeCode office) {
            List<Operator> operators = new ArrayList<>(base.operators(office));
            second.filter(o -> o.office().equals(office)).ifPresent(operators::add);
            return operators;
        }

        @Override
        public List<BookingCalendar> calendars(OfficeCode office) {
            List<BookingCalendar> calendars = new ArrayList<>(base.calendars(office));
            if (office.equals(TestOffices.ROMA)) {
                calendars.add(calendar);
            }
            return calendars;
        }

        @Override
        public List<Office> offices() {
            return base.offices();
        }
    }
}
