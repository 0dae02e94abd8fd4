package dev.sportello.core.internal.appointments;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordIdentityCheck;
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
import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.TUESDAY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.events;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** How a call ends: completed with an outcome, or a no-show; and the office's agenda (R-APT-5, docs "Changes"). */
class CallDeskOutcomeRulesTest {
    private static final IdentityDocument CARD = new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD,
            "CA12345AB", LocalDate.of(2021, 5, 3), LocalDate.of(2031, 5, 3), true);
    private static final Instant GRACE_ENDS = NINE.plus(Duration.ofMinutes(15));
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment current(Appointment a) {
        return h.sdk.appointments().get(FRONT_OFFICE, a.id());
    }

    private Appointment started(Appointment a) {
        Appointment checked = h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(a.id(),
                current(a).version(), CARD));
        return h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(a.id(), checked.version()));
    }

    private URI link(Appointment a) {
        return ((ContactDetails.VideoCall) current(a).contact()).joinLink().orElseThrow();
    }

    @Test
    @DisplayName("R-APT-5 a call under way is completed with an outcome; the user may book the topic again")
    void aCallIsCompleted() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        URI room = link(booked);
        List<SmsMessage> codes = h.smsTo(user).stream().filter(s -> s.oneTimeCode() != null).toList();
        h.clock.set(NINE.minus(Duration.ofMinutes(5)));
        h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), codes.get(codes.size() - 1).oneTimeCode()));
        Appointment started = started(booked);
        Appointment done = h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(booked.id(),
                started.version(), "INFORMATION_GIVEN", "  Spiegati i requisiti "));
        assertThat(done.state()).isEqualTo(new AppointmentState.Completed(TestOffices.ROMA_FRONT_OFFICE,
                "INFORMATION_GIVEN", "Spiegati i requisiti"));
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).contains("APPOINTMENT_COMPLETED");
        h.deliver();
        assertThat(h.meetings.isClosed(room)).isTrue();
        assertThat(events(h, AppointmentEvents.COMPLETED, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("outcome", "INFORMATION_GIVEN")
                        .containsEntry("office", TestOffices.ROMA.value()));
        assertThat(book(h, user, ContactMode.IN_PERSON, rome("2026-11-25T09:00")).status())
                .as("no longer an active booking").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-5 only a call under way is completed")
    void onlyACallUnderWayIsCompleted() {
        Appointment visit = book(h, h.citizen(), ContactMode.IN_PERSON, NINE);
        SportelloException e = fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(visit.id(),
                visit.version(), "INFORMATION_GIVEN", null)), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(e.details()).containsEntry("action", "complete").containsEntry("status", "BOOKED");
        Appointment done = h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(visit.id(),
                started(visit).version(), "REFERRED", null));
        assertThat(done.state()).isInstanceOfSatisfying(AppointmentState.Completed.class, c ->
                assertThat(c.outcome()).isEqualTo("REFERRED"));
        fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(visit.id(), done.version(),
                "REFERRED", null)), ErrorCode.APT_ILLEGAL_TRANSITION);
    }

    @Test
    @DisplayName("R-APT-5 the office records a no-show from 15 minutes after the start, not earlier, and only once")
    void theOfficeRecordsANoShow() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        URI room = link(booked);
        MarkNoShow command = new MarkNoShow(booked.id(), current(booked).version());
        h.clock.set(GRACE_ENDS.minusSeconds(1));
        SportelloException early = fails(() -> h.sdk.appointments().markNoShow(FRONT_OFFICE, command),
                ErrorCode.APT_NO_SHOW_TOO_EARLY);
        assertThat(early.details()).containsEntry("from", "24/11/2026 09:15");
        h.clock.set(GRACE_ENDS);
        fails(() -> h.sdk.appointments().markNoShow(CAGLIARI, command), ErrorCode.ACCESS_WRONG_OFFICE);
        Appointment missed = h.sdk.appointments().markNoShow(FRONT_OFFICE, command);
        assertThat(missed.state()).isEqualTo(new AppointmentState.NoShow());
        assertThat(current(booked)).isEqualTo(missed);
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).contains("APPOINTMENT_NO_SHOW");
        h.deliver();
        assertThat(h.meetings.isClosed(room)).isTrue();
        assertThat(events(h, AppointmentEvents.NO_SHOW, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("office", TestOffices.ROMA.value()));
        SportelloException twice = fails(() -> h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(booked.id(),
                missed.version())), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(twice.details()).containsEntry("action", "mark as a no-show");
        assertThat(book(h, user, ContactMode.IN_PERSON, rome("2026-11-25T09:00")).status())
                .as("no longer an active booking").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-5 a booking still BOOKED when the grace period ends becomes a no-show by itself; others stay")
    void theNoShowTask() {
        Appointment missed = book(h, h.citizen(), ContactMode.IN_PERSON, NINE);
        Appointment served = h.sdk.appointments().book(cie(h.citizen()), BookAppointment.of(h.key(), TestOffices.ROMA,
                TestOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, NINE));
        Appointment later = book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
        h.clock.set(NINE);
        started(served);
        h.clock.set(GRACE_ENDS.minusSeconds(1));
        h.deliver();
        assertThat(current(missed).status()).isEqualTo(AppointmentStatus.BOOKED);
        h.clock.set(GRACE_ENDS);
        h.deliver();
        assertThat(current(missed).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(h.audit(missed.id())).extracting(AuditEntry::action).contains("APPOINTMENT_NO_SHOW");
        assertThat(current(served).status()).as("a call under way is no no-show").isEqualTo(AppointmentStatus.IN_PROGRESS);
        assertThat(current(later).status()).as("a later slot is not due yet").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-5 the office's agenda lists the day's active appointments; other offices see neither it nor the waiting room")
    void theAgenda() {
        Appointment nine = book(h, h.citizen(), ContactMode.IN_PERSON, NINE);
        Appointment video = book(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
        Appointment dropped = book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
        h.sdk.appointments().cancel(FRONT_OFFICE, new CancelAppointment(dropped.id(), dropped.version(), "No"));
        book(h, h.citizen(), ContactMode.IN_PERSON, rome("2026-11-25T09:00"));
        assertThat(h.sdk.appointments().agenda(FRONT_OFFICE, TestOffices.ROMA, TUESDAY)).extracting(Appointment::id)
                .containsExactlyInAnyOrder(nine.id(), video.id());
        fails(() -> h.sdk.appointments().agenda(CAGLIARI, TestOffices.ROMA, TUESDAY), ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.appointments().waitingRoom(CAGLIARI, TestOffices.ROMA), ErrorCode.ACCESS_WRONG_OFFICE);
        assertThat(h.sdk.appointments().waitingRoom(FRONT_OFFICE, TestOffices.ROMA)).isEmpty();
    }
}
