package dev.sportello.core.internal.appointments;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.INTERPRETER;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The call: admission code, identity check, assistance, sign language (R-APT-3, R-APT-5, R-APT-6, R-DEL-4). */
class AppointmentCallRulesTest {
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final Instant TEN = rome("2026-11-24T10:00");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment book(UserProfile user, ContactMode mode, Interpretation interpretation, Instant start) {
        return h.sdk.appointments().book(cie(user), new BookAppointment(h.key(), TestOffices.ROMA, PENSION, mode, start,
                interpretation));
    }

    private String code(UserProfile user) {
        List<SmsMessage> sms = h.smsTo(user);
        for (int i = sms.size() - 1; i >= 0; i--) {
            if (sms.get(i).oneTimeCode() != null) {
                return sms.get(i).oneTimeCode();
            }
        }
        throw new IllegalStateException("no admission code");
    }

    private static IdentityDocument card(LocalDate expires) {
        return new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA12345AB", LocalDate.of(2021, 5, 3),
                expires, true);
    }

    private Appointment waiting(UserProfile user) {
        Appointment booked = book(user, ContactMode.VIDEO_CALL, Interpretation.NONE, TEN);
        h.deliver();
        h.clock.set(TEN.minus(Duration.ofMinutes(5)));
        return h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code(user)));
    }

    @Nested
    @DisplayName("R-APT-3 the admission code lets the user into the waiting room at the booked time")
    class Admission {
        @Test
        @DisplayName("R-APT-3 the code works from shortly before the start until the end, for the owner only")
        void theCodeWorksOnlyAtTheBookedTime() {
            UserProfile user = h.citizenWithContacts();
            UserProfile stranger = h.citizenWithContacts();
            Appointment booked = book(user, ContactMode.VIDEO_CALL, Interpretation.NONE, TEN);
            h.deliver();
            String code = code(user);
            fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)),
                    ErrorCode.APT_TOO_EARLY_TO_JOIN);
            h.clock.set(TEN.minus(Duration.ofMinutes(5)));
            fails(() -> h.sdk.appointments().join(cie(stranger), new JoinVideoCall(booked.id(), code)),
                    ErrorCode.ACCESS_NOT_OWNER);
            Appointment in = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code));
            assertThat(in.status()).isEqualTo(AppointmentStatus.WAITING);
            assertThat(h.sdk.appointments().waitingRoom(FRONT_OFFICE, TestOffices.ROMA)).extracting(Appointment::id)
                    .containsExactly(booked.id());
            UserProfile late = h.citizenWithContacts();
            Appointment other = book(late, ContactMode.VIDEO_CALL, Interpretation.NONE, rome("2026-11-24T11:00"));
            h.deliver();
            String lateCode = code(late);
            h.clock.set(other.end());
            fails(() -> h.sdk.appointments().join(cie(late), new JoinVideoCall(other.id(), lateCode)),
                    ErrorCode.APT_ADMISSION_CODE_EXPIRED);
        }

        @Test
        @DisplayName("R-APT-3 wrong codes use up the attempts, then the room is locked even for the right code")
        void wrongCodesRunOut() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(user, ContactMode.VIDEO_CALL, Interpretation.NONE, TEN);
            h.deliver();
            String code = code(user);
            String wrong = code.equals("000000") ? "111111" : "000000";
            h.clock.set(TEN);
            for (int remaining = 4; remaining >= 0; remaining--) {
                SportelloException e = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(),
                        wrong)), ErrorCode.APT_ADMISSION_CODE_WRONG);
                assertThat(e.details()).containsEntry("remaining", Integer.toString(remaining));
            }
            fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)),
                    ErrorCode.APT_ADMISSION_LOCKED);
            Appointment inPerson = book(h.citizenWithContacts(), ContactMode.IN_PERSON, Interpretation.NONE,
                    rome("2026-11-24T11:00"));
            fails(() -> h.sdk.appointments().join(cie(h.citizen()), new JoinVideoCall(inPerson.id(), code)),
                    ErrorCode.ACCESS_NOT_OWNER);
        }
    }

    @Nested
    @DisplayName("R-APT-5 the operator identifies the user from a valid identity document with a photo")
    class Identification {
        @Test
        @DisplayName("R-APT-5 the user is admitted only after a valid document with a photo was checked")
        void identityBeforeAdmission() {
            Appointment w = waiting(h.citizenWithContacts());
            fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(w.id(), w.version())),
                    ErrorCode.APT_IDENTITY_NOT_CHECKED);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(w.id(), w.version(),
                    card(TUESDAY.minusDays(1)))), ErrorCode.APT_DOCUMENT_EXPIRED);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(w.id(), w.version(),
                    new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567", LocalDate.of(2020, 1, 1),
                            LocalDate.of(2030, 1, 1), false))), ErrorCode.APT_DOCUMENT_PHOTO_MISSING);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(w.id(), w.version(),
                    new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567", LocalDate.of(2027, 1, 1),
                            LocalDate.of(2030, 1, 1), true))), ErrorCode.APT_DOCUMENT_DATES_INVALID);
            fails(() -> h.sdk.appointments().recordIdentityCheck(CAGLIARI, new RecordIdentityCheck(w.id(), w.version(),
                    card(TUESDAY))), ErrorCode.ACCESS_WRONG_OFFICE);
            Appointment checked = h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(w.id(),
                    w.version(), card(TUESDAY)));
            IdentityCheck check = checked.identityCheck().orElseThrow();
            assertThat(check.maskedNumber()).isEqualTo("CA*****AB");
            assertThat(check.checkedBy()).isEqualTo(TestOffices.ROMA_FRONT_OFFICE);
            assertThat(h.read(s -> s.get(AppointmentStore.class).find(w.id())).orElseThrow().toString())
                    .doesNotContain("CA12345AB");
            Appointment admitted = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(), checked.version()));
            assertThat(admitted.status()).isEqualTo(AppointmentStatus.IN_PROGRESS);
            fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(admitted.id(), admitted.version(),
                    "WHATEVER", null)), ErrorCode.APT_OUTCOME_UNKNOWN);
            assertThat(h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(admitted.id(), admitted.version(),
                    "INFORMATION_GIVEN", "Spiegati i requisiti")).status()).isEqualTo(AppointmentStatus.COMPLETED);
        }

        @Test
        @DisplayName("R-APT-5 an appointment at the counter also starts only after the identity check")
        void inPersonAlsoNeedsTheCheck() {
            Appointment booked = book(h.citizen(), ContactMode.IN_PERSON, Interpretation.NONE, TEN);
            h.clock.set(TEN);
            fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(booked.id(), booked.version())),
                    ErrorCode.APT_IDENTITY_NOT_CHECKED);
            fails(() -> h.sdk.appointments().recordIdentityCheck(cie(h.citizen()), new RecordIdentityCheck(booked.id(),
                    booked.version(), card(TUESDAY))), ErrorCode.ACCESS_ROLE_REQUIRED);
        }
    }

    @Nested
    @DisplayName("R-APT-5 and R-DEL-4 an assistant is identified too, only when the user wants it, and it is recorded")
    class Assisted {
        @Test
        @DisplayName("R-DEL-4 the assistant is admitted only after the user's consent, identified, and both are audited")
        void anAssistantNeedsTheUsersConsent() {
            UserProfile user = h.citizenWithContacts();
            Appointment w = waiting(user);
            Appointment checked = h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(w.id(),
                    w.version(), card(TUESDAY)));
            Appointment admitted = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(), checked.version()));
            IdentityDocument passport = new IdentityDocument(IdentityDocumentType.PASSPORT, "YA1234512",
                    LocalDate.of(2022, 2, 2), LocalDate.of(2032, 2, 2), true);
            fails(() -> h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(admitted.id(),
                    admitted.version(), "Giulia Rossi", passport)), ErrorCode.APT_ASSISTANCE_CONSENT_MISSING);
            fails(() -> h.sdk.appointments().recordAssistanceConsent(cie(h.citizen()), new RecordAssistanceConsent(
                    admitted.id(), admitted.version())), ErrorCode.ACCESS_NOT_OWNER);
            Appointment consented = h.sdk.appointments().recordAssistanceConsent(cie(user),
                    new RecordAssistanceConsent(admitted.id(), admitted.version()));
            assertThat(consented.assistance().orElseThrow().consentBy()).isEqualTo(user.id());
            fails(() -> h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(consented.id(),
                    consented.version(), "Giulia Rossi", new IdentityDocument(IdentityDocumentType.PASSPORT, "YA1234512",
                    LocalDate.of(2010, 2, 2), LocalDate.of(2020, 2, 2), true))), ErrorCode.APT_DOCUMENT_EXPIRED);
            Assistance assistance = h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(consented.id(),
                    consented.version(), " Giulia Rossi ", passport)).assistance().orElseThrow();
            assertThat(assistance.assistantAdmitted()).isTrue();
            assertThat(assistance.assistantName()).isEqualTo("Giulia Rossi");
            assertThat(assistance.check().maskedNumber()).isEqualTo("YA*****12");
            assertThat(assistance.consentAt()).isBeforeOrEqualTo(assistance.admittedAt());
            assertThat(h.audit(w.id())).extracting(AuditEntry::action).contains("APPOINTMENT_ASSISTANCE_CONSENTED",
                    "APPOINTMENT_ASSISTANT_ADMITTED");
        }
    }

    @Nested
    @DisplayName("R-APT-6 deaf users ask for a sign-language operator for video calls; only skilled operators serve them")
    class SignLanguage {
        @Test
        @DisplayName("R-APT-6 only deaf users, only for video calls, only where an interpreter is free")
        void onlyDeafUsersOnVideoWithAFreeInterpreter() {
            UserProfile deaf = h.deaf(h.citizenWithContacts());
            UserProfile hearing = h.citizenWithContacts();
            fails(() -> book(hearing, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN),
                    ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE);
            fails(() -> book(deaf, ContactMode.IN_PERSON, Interpretation.SIGN_LANGUAGE, TEN),
                    ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY);
            fails(() -> book(deaf, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, rome("2026-11-24T08:30")),
                    ErrorCode.APT_NO_SIGN_LANGUAGE_CAPACITY);
            var slots = h.sdk.appointments().availability(PORTAL, new AvailabilityQuery(TestOffices.ROMA, PENSION,
                    ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE)).slots();
            assertThat(slots).filteredOn(s -> s.start().equals(rome("2026-11-24T08:30"))).singleElement()
                    .satisfies(s -> assertThat(s.remaining()).isZero());
            assertThat(slots).filteredOn(s -> s.start().equals(TEN)).singleElement()
                    .satisfies(s -> assertThat(s.remaining()).isEqualTo(1));
            Appointment lis = book(deaf, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN);
            assertThat(lis.interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
            fails(() -> book(h.deaf(h.citizenWithContacts()), ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE, TEN),
                    ErrorCode.APT_SLOT_FULL);
            assertThat(book(hearing, ContactMode.VIDEO_CALL, Interpretation.NONE, TEN).interpretation())
                    .isEqualTo(Interpretation.NONE);
        }

        @Test
        @DisplayName("R-APT-6 an operator without the skill may not serve a sign-language call; the interpreter may")
        void onlySkilledOperatorsServe() {
            Appointment lis = book(h.deaf(h.citizenWithContacts()), ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE,
                    TEN);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(lis.id(),
                    lis.version(), card(TUESDAY))), ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED);
            assertThat(h.denials(lis.id())).extracting(AuditEntry::errorCode)
                    .containsExactly(ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED);
            assertThat(h.sdk.appointments().recordIdentityCheck(INTERPRETER, new RecordIdentityCheck(lis.id(),
                    lis.version(), card(TUESDAY))).identityCheck()).isPresent();
        }
    }
}
