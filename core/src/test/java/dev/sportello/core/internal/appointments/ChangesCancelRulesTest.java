package dev.sportello.core.internal.appointments;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.events;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.remaining;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling a booking, by its user or by the office (docs/appointments.md "Changes", R-APT-1). */
class ChangesCancelRulesTest {
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private static URI link(CoreFixture f, Principal p, Appointment a) {
        return ((ContactDetails.VideoCall) f.sdk.appointments().get(p, a.id()).contact()).joinLink().orElseThrow();
    }

    @Test
    @DisplayName("R-APT-1 the user cancels with a reason: the seat is free again, the user is told, it is audited")
    void theUserCancels() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.IN_PERSON, NINE);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
        Appointment cancelled = h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(),
                booked.version(), "  Imprevisto di lavoro "));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.state()).isEqualTo(new AppointmentState.Cancelled("Imprevisto di lavoro"));
        assertThat(cancelled.sequence()).isEqualTo(booked.sequence() + 1);
        assertThat(cancelled.version()).isEqualTo(booked.version() + 1);
        assertThat(h.sdk.appointments().get(cie(user), booked.id())).isEqualTo(cancelled);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isEqualTo(1);
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).contains("APPOINTMENT_CANCELLED");
        h.deliver();
        assertThat(events(h, AppointmentEvents.CANCELLED, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("by", "user").containsEntry("office", TestOffices.ROMA.value()));
        assertThat(h.sdk.notifications().inbox(cie(user), user.id(), PageRequest.first(10)).items())
                .filteredOn(n -> n.kind().equals(AppointmentMessageKinds.CANCELLED)).singleElement()
                .extracting(InboxNotice::body).asString().contains("Certificati", "Imprevisto di lavoro");
        SportelloException twice = fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(),
                cancelled.version(), "Ancora")), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(twice.details()).containsEntry("action", "cancel").containsEntry("status", "CANCELLED");
        assertThat(book(h, user, ContactMode.IN_PERSON, NINE).status()).as("the seat and the active booking are back")
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-1 an operator of the office cancels; another office or another user may not")
    void theOfficeCancels() {
        UserProfile user = h.citizen();
        Appointment booked = book(h, user, ContactMode.IN_PERSON, NINE);
        CancelAppointment command = new CancelAppointment(booked.id(), booked.version(), "Sportello chiuso");
        fails(() -> h.sdk.appointments().cancel(CAGLIARI, command), ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.appointments().cancel(cie(h.citizen()), command), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.appointments().get(cie(user), booked.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
        Appointment cancelled = h.sdk.appointments().cancel(FRONT_OFFICE, command);
        assertThat(cancelled.state()).isEqualTo(new AppointmentState.Cancelled("Sportello chiuso"));
        h.deliver();
        assertThat(events(h, AppointmentEvents.CANCELLED, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("by", "office"));
    }

    @Test
    @DisplayName("R-APT-1 a cancelled video call's room is closed after commit")
    void aCancelledCallsRoomIsClosed() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        URI room = link(h, cie(user), booked);
        Appointment current = h.sdk.appointments().get(cie(user), booked.id());
        h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(), current.version(), "Non serve più"));
        assertThat(h.meetings.isClosed(room)).as("not inside the transaction").isFalse();
        h.deliver();
        assertThat(h.meetings.isClosed(room)).isTrue();
    }

    @Test
    @DisplayName("R-APT-1 a video call's owner needs the video-call assurance to cancel; the office does not")
    void cancellingAVideoCallNeedsItsAssurance() {
        AssurancePolicy policy = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                AssuranceLevel.HIGH).build();
        try (CoreFixture strict = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(policy))) {
            UserProfile user = strict.citizenWithContacts();
            Appointment video = book(strict, user, ContactMode.VIDEO_CALL, NINE);
            strict.deliver();
            Appointment current = strict.sdk.appointments().get(cie(user), video.id());
            fails(() -> strict.sdk.appointments().cancel(as(user), new CancelAppointment(video.id(), current.version(),
                    "No")), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            UserProfile visitor = strict.citizen();
            Appointment visit = book(strict, visitor, ContactMode.IN_PERSON, NINE);
            assertThat(strict.sdk.appointments().cancel(as(visitor), new CancelAppointment(visit.id(), visit.version(),
                    "No")).status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(strict.sdk.appointments().cancel(Principal.operator(TestOffices.ROMA_FRONT_OFFICE,
                    Credential.SPID_L2), new CancelAppointment(video.id(), current.version(), "Ufficio")).status())
                    .isEqualTo(AppointmentStatus.CANCELLED);
        }
    }

    @Test
    @DisplayName("R-APT-1 an operator's cancellation is guarded by the work policy entry, a user's by the booking entry")
    void operatorsCancelUnderTheirWork() {
        AssurancePolicy booking = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK, AssuranceLevel.HIGH).build();
        try (CoreFixture f = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(booking))) {
            Appointment booked = book(f, f.citizen(), ContactMode.IN_PERSON, NINE);
            assertThat(f.sdk.appointments().cancel(Principal.operator(TestOffices.ROMA_FRONT_OFFICE, Credential.SPID_L2),
                    new CancelAppointment(booked.id(), booked.version(), "Ufficio")).status())
                    .isEqualTo(AppointmentStatus.CANCELLED);
        }
        AssurancePolicy work = AssurancePolicy.builder().require(Operation.APPOINTMENT_WORK, AssuranceLevel.HIGH).build();
        try (CoreFixture f = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(work))) {
            UserProfile user = f.citizen();
            Appointment booked = book(f, user, ContactMode.IN_PERSON, NINE);
            assertThat(f.sdk.appointments().cancel(as(user), new CancelAppointment(booked.id(), booked.version(), "No"))
                    .status()).isEqualTo(AppointmentStatus.CANCELLED);
        }
    }
}
