package dev.sportello.core.internal.appointments;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.TUESDAY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.events;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.remaining;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Rescheduling a booking atomically: the new seat first (docs/appointments.md "Changes", R-APT-1, R-APT-6). */
class ChangesRescheduleRulesTest {
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment current(UserProfile user, Appointment a) {
        return h.sdk.appointments().get(cie(user), a.id());
    }

    private static URI link(CoreFixture f, UserProfile user, Appointment a) {
        return ((ContactDetails.VideoCall) f.sdk.appointments().get(cie(user), a.id()).contact()).joinLink().orElseThrow();
    }

    private int interpreterFree(Instant start) {
        return h.sdk.appointments().availability(PORTAL, new AvailabilityQuery(TestOffices.ROMA,
                TestOffices.PENSION_INFO.code(), ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE))
                .slots().stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow().remaining();
    }

    @Test
    @DisplayName("R-APT-1 a reschedule moves the booking to the new seat and frees the old one; it is audited")
    void aRescheduleMovesTheSeat() {
        UserProfile user = h.citizen();
        Appointment booked = book(h, user, ContactMode.IN_PERSON, NINE);
        Appointment moved = h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(),
                booked.version(), NINE_THIRTY));
        assertThat(moved.start()).isEqualTo(NINE_THIRTY);
        assertThat(moved.end()).isEqualTo(NINE_THIRTY.plus(Duration.ofMinutes(30)));
        assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.version()).isEqualTo(booked.version() + 1);
        assertThat(current(user, booked)).isEqualTo(moved);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isEqualTo(1);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE_THIRTY)).isZero();
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).contains("APPOINTMENT_RESCHEDULED");
        h.deliver();
        assertThat(events(h, AppointmentEvents.RESCHEDULED, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("office", TestOffices.ROMA.value()));
        Appointment back = h.sdk.appointments().reschedule(FRONT_OFFICE, new RescheduleAppointment(booked.id(),
                moved.version(), NINE));
        assertThat(back.sequence()).isEqualTo(2);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE_THIRTY)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 a full new slot fails the reschedule and leaves the booking as it was; the same slot is refused")
    void aFullSlotLeavesTheBookingAlone() {
        UserProfile user = h.citizen();
        Appointment booked = book(h, user, ContactMode.IN_PERSON, NINE);
        book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
        fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(), booked.version(),
                NINE_THIRTY)), ErrorCode.APT_SLOT_FULL);
        SportelloException same = fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(
                booked.id(), booked.version(), NINE)), ErrorCode.APT_SAME_SLOT);
        assertThat(same.details()).containsEntry("field", "newStart");
        assertThat(current(user, booked)).isEqualTo(booked);
        assertThat(AppointmentSmallCalendar.taken(h, ContactMode.IN_PERSON, NINE)).isEqualTo(1);
        assertThat(AppointmentSmallCalendar.taken(h, ContactMode.IN_PERSON, NINE_THIRTY)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 only the owner or the office reschedules, and only a booked appointment")
    void whoAndWhenReschedules() {
        UserProfile user = h.citizen();
        Appointment booked = book(h, user, ContactMode.IN_PERSON, NINE);
        RescheduleAppointment command = new RescheduleAppointment(booked.id(), booked.version(), NINE_THIRTY);
        fails(() -> h.sdk.appointments().reschedule(cie(h.citizen()), command), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.appointments().reschedule(CAGLIARI, command), ErrorCode.ACCESS_WRONG_OFFICE);
        Appointment cancelled = h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(),
                booked.version(), "No"));
        SportelloException late = fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(
                booked.id(), cancelled.version(), NINE_THIRTY)), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(late.details()).containsEntry("action", "reschedule");
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE_THIRTY)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 a rescheduled video call closes its old room and gets a new one; a call in the waiting room stays")
    void aRescheduledCallGetsANewRoom() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        URI old = link(h, user, booked);
        Appointment moved = h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(),
                current(user, booked).version(), NINE_THIRTY));
        assertThat(((ContactDetails.VideoCall) moved.contact()).joinLink()).isEmpty();
        h.deliver();
        URI fresh = link(h, user, booked);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(h.meetings.isClosed(old)).isTrue();
        assertThat(h.meetings.isOpen(fresh)).isTrue();
        List<SmsMessage> codes = h.smsTo(user).stream().filter(s -> s.oneTimeCode() != null).toList();
        String code = codes.get(codes.size() - 1).oneTimeCode();
        h.clock.set(NINE_THIRTY.minus(Duration.ofMinutes(5)));
        Appointment waiting = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code));
        fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(), waiting.version(),
                NINE)), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(current(user, booked).start()).isEqualTo(NINE_THIRTY);
    }

    @Test
    @DisplayName("R-APT-1 a video call's owner needs the video-call assurance to reschedule")
    void reschedulingAVideoCallNeedsItsAssurance() {
        AssurancePolicy policy = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                AssuranceLevel.HIGH).build();
        try (CoreFixture strict = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(policy))) {
            UserProfile user = strict.citizenWithContacts();
            Appointment video = book(strict, user, ContactMode.VIDEO_CALL, NINE);
            long version = strict.sdk.appointments().get(cie(user), video.id()).version();
            fails(() -> strict.sdk.appointments().reschedule(as(user), new RescheduleAppointment(video.id(), version,
                    NINE_THIRTY)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(strict.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(video.id(), version,
                    NINE_THIRTY)).start()).isEqualTo(NINE_THIRTY);
            UserProfile visitor = strict.citizen();
            Appointment visit = book(strict, visitor, ContactMode.IN_PERSON, NINE);
            assertThat(strict.sdk.appointments().reschedule(as(visitor), new RescheduleAppointment(visit.id(),
                    visit.version(), NINE_THIRTY)).start()).isEqualTo(NINE_THIRTY);
        }
    }

    @Test
    @DisplayName("R-APT-6 a sign-language call moves with an interpreter; the old slot's interpreter time is given back")
    void aSignLanguageCallMovesWithItsInterpreter() {
        UserProfile deaf = h.deaf(h.citizenWithContacts());
        Appointment booked = book(h, deaf, ContactMode.VIDEO_CALL, NINE, Interpretation.SIGN_LANGUAGE);
        assertThat(interpreterFree(NINE)).isZero();
        Appointment moved = h.sdk.appointments().reschedule(cie(deaf), new RescheduleAppointment(booked.id(),
                current(deaf, booked).version(), NINE_THIRTY));
        assertThat(moved.interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
        assertThat(interpreterFree(NINE)).isEqualTo(1);
        assertThat(interpreterFree(NINE_THIRTY)).isZero();
    }
}
