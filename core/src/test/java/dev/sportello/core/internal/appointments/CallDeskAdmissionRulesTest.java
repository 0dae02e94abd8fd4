package dev.sportello.core.internal.appointments;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.events;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The states a call must be in to be joined, checked, admitted and assisted (R-APT-3, R-APT-5, R-APT-6, R-DEL-4). */
class CallDeskAdmissionRulesTest {
    private static final IdentityDocument CARD = new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD,
            "CA12345AB", LocalDate.of(2021, 5, 3), LocalDate.of(2031, 5, 3), true);
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private String code(UserProfile user) {
        List<SmsMessage> codes = h.smsTo(user).stream().filter(s -> s.oneTimeCode() != null).toList();
        return codes.get(codes.size() - 1).oneTimeCode();
    }

    private Appointment current(Appointment a) {
        return h.sdk.appointments().get(FRONT_OFFICE, a.id());
    }

    private Appointment checked(Appointment a) {
        Appointment now = current(a);
        return h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(a.id(), now.version(), CARD));
    }

    @Test
    @DisplayName("R-APT-3 the code puts the user in the waiting room once; joining again changes nothing; it is audited")
    void joiningTheWaitingRoom() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        h.clock.set(NINE.minus(Duration.ofMinutes(5)));
        Appointment waiting = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code(user)));
        assertThat(waiting.state()).isEqualTo(new AppointmentState.Waiting(h.clock.instant()));
        h.clock.advance(Duration.ofMinutes(1));
        Appointment again = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code(user)));
        assertThat(again).isEqualTo(waiting);
        assertThat(current(booked)).isEqualTo(waiting);
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).containsOnlyOnce("APPOINTMENT_JOINED");
        h.deliver();
        assertThat(events(h, AppointmentEvents.WAITING, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("office", TestOffices.ROMA.value()));
    }

    @Test
    @DisplayName("R-APT-3 a wrong code is audited and counted even though the call fails")
    void aWrongCodeIsAudited() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        String wrong = code(user).equals("000000") ? "111111" : "000000";
        long version = current(booked).version();
        h.clock.set(NINE);
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), wrong)),
                ErrorCode.APT_ADMISSION_CODE_WRONG);
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).contains("APPOINTMENT_ADMISSION_CODE_WRONG")
                .doesNotContain("APPOINTMENT_JOINED");
        assertThat(current(booked).version()).isEqualTo(version + 1);
        assertThat(current(booked).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-3 a cancelled call is not joined, even with the right code; a visit is not a call")
    void onlyBookedCallsAreJoined() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        String code = code(user);
        UserProfile visitor = h.citizenWithContacts();
        Appointment visit = book(h, visitor, ContactMode.IN_PERSON, NINE);
        h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(), current(booked).version(), "No"));
        h.clock.set(NINE.minus(Duration.ofMinutes(5)));
        SportelloException e = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)),
                ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(e.details()).containsEntry("action", "join").containsEntry("status", "CANCELLED");
        fails(() -> h.sdk.appointments().join(cie(visitor), new JoinVideoCall(visit.id(), code)),
                ErrorCode.APT_NOT_A_VIDEO_CALL);
    }

    @Test
    @DisplayName("R-APT-5 the identity check is recorded and audited for an active appointment only")
    void theCheckNeedsAnActiveAppointment() {
        Appointment visit = book(h, h.citizen(), ContactMode.IN_PERSON, NINE);
        Appointment checked = checked(visit);
        assertThat(checked.identityCheck()).isPresent();
        assertThat(h.audit(visit.id())).extracting(AuditEntry::action).contains("APPOINTMENT_IDENTITY_CHECKED");
        Appointment cancelled = h.sdk.appointments().cancel(FRONT_OFFICE, new CancelAppointment(visit.id(),
                checked.version(), "No"));
        SportelloException e = fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(
                visit.id(), cancelled.version(), CARD)), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(e.details()).containsEntry("action", "record the identity check of");
    }

    @Test
    @DisplayName("R-APT-5 a video call is admitted from the waiting room only; a visit starts once")
    void admissionFollowsTheState() {
        UserProfile user = h.citizenWithContacts();
        Appointment call = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        Appointment checkedCall = checked(call);
        SportelloException notWaiting = fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(call.id(),
                checkedCall.version())), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(notWaiting.details()).containsEntry("action", "admit").containsEntry("status", "BOOKED");
        Appointment visit = checked(book(h, h.citizen(), ContactMode.IN_PERSON, NINE));
        Appointment started = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(visit.id(), visit.version()));
        assertThat(started.state()).isEqualTo(new AppointmentState.InProgress(TestOffices.ROMA_FRONT_OFFICE));
        assertThat(h.audit(visit.id())).extracting(AuditEntry::action).contains("APPOINTMENT_ADMITTED");
        SportelloException twice = fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(visit.id(),
                started.version())), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(twice.details()).containsEntry("action", "start").containsEntry("status", "IN_PROGRESS");
        h.deliver();
        assertThat(events(h, AppointmentEvents.STARTED, visit.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("operator", TestOffices.ROMA_FRONT_OFFICE.toString())
                        .containsEntry("office", TestOffices.ROMA.value()));
    }

    @Test
    @DisplayName("R-APT-5 a phone callback starts without a document check: the operator calls the verified number")
    void aCallbackStartsWithoutACheck() {
        Appointment callback = h.sdk.appointments().book(cie(h.citizenWithContacts()), BookAppointment.of(h.key(),
                TestOffices.ROMA, TestOffices.PENSION_INFO.code(), ContactMode.PHONE_CALLBACK, rome("2026-11-24T10:00")));
        Appointment started = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(callback.id(), callback.version()));
        assertThat(started.status()).isEqualTo(AppointmentStatus.IN_PROGRESS);
        assertThat(started.identityCheck()).isEmpty();
    }

    @Test
    @DisplayName("R-DEL-4 the consent is recorded once, by the user or the serving operator, on an active appointment")
    void theConsentIsRecordedOnce() {
        UserProfile user = h.citizen();
        Appointment visit = book(h, user, ContactMode.IN_PERSON, NINE);
        Appointment consented = h.sdk.appointments().recordAssistanceConsent(FRONT_OFFICE, new RecordAssistanceConsent(
                visit.id(), visit.version()));
        assertThat(consented.assistance().orElseThrow().consentBy()).isEqualTo(TestOffices.ROMA_FRONT_OFFICE);
        assertThat(h.sdk.appointments().recordAssistanceConsent(cie(user), new RecordAssistanceConsent(visit.id(),
                consented.version()))).as("already recorded").isEqualTo(consented);
        Appointment cancelled = h.sdk.appointments().cancel(cie(user), new CancelAppointment(visit.id(),
                consented.version(), "No"));
        SportelloException e = fails(() -> h.sdk.appointments().recordAssistanceConsent(cie(user),
                new RecordAssistanceConsent(visit.id(), cancelled.version())), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(e.details()).containsEntry("action", "record the assistance consent of");
        Appointment lis = book(h, h.deaf(h.citizenWithContacts()), ContactMode.VIDEO_CALL, NINE,
                Interpretation.SIGN_LANGUAGE);
        fails(() -> h.sdk.appointments().recordAssistanceConsent(FRONT_OFFICE, new RecordAssistanceConsent(lis.id(),
                current(lis).version())), ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED);
    }

    @Test
    @DisplayName("R-DEL-4 an assistant is admitted only to a call under way or waiting; the admission is an event")
    void anAssistantJoinsACallUnderWay() {
        UserProfile user = h.citizen();
        Appointment visit = book(h, user, ContactMode.IN_PERSON, NINE);
        Appointment consented = h.sdk.appointments().recordAssistanceConsent(cie(user), new RecordAssistanceConsent(
                visit.id(), visit.version()));
        SportelloException early = fails(() -> h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(
                visit.id(), consented.version(), "Giulia Rossi", CARD)), ErrorCode.APT_ILLEGAL_TRANSITION);
        assertThat(early.details()).containsEntry("action", "admit an assistant to");
        Appointment checked = checked(visit);
        Appointment started = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(visit.id(), checked.version()));
        Appointment assisted = h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(visit.id(),
                started.version(), "Giulia Rossi", CARD));
        assertThat(assisted.assistance().orElseThrow().assistantAdmitted()).isTrue();
        h.deliver();
        assertThat(events(h, AppointmentEvents.ASSISTED, visit.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("office", TestOffices.ROMA.value()));
    }
}
