package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.Allowance;
import dev.sportello.users.FragileGround;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call of an appointment and its meeting room, over the storage under test (R-APT-3, R-APT-5, R-APT-6, R-DEL-4).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AppointmentCallsContract extends AppointmentScenarios {

    /** R-APT-3: no side effect inside a transaction that may be re-run. */
    @Nested
    @DisplayName("R-APT-3 meeting rooms are opened after commit: none leaks, one per booking, one after a reschedule")
    class MeetingRooms {
        @Test
        @DisplayName("sixteen video calls racing for the last two seats open exactly two rooms")
        void aRaceForTheLastSeatsLeaksNoRoom() throws Exception {
            Instant start = rome("2026-11-24T11:00");
            List<UserProfile> users = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                users.add(h.citizenWithContacts());
            }
            Map<ErrorCode, Integer> outcomes = new ConcurrentHashMap<>();
            List<Appointment> booked = java.util.Collections.synchronizedList(new ArrayList<>());
            Races.run(users.size(), i -> {
                try {
                    booked.add(book(users.get(i), ContactMode.VIDEO_CALL, start));
                } catch (SportelloException e) {
                    outcomes.merge(e.code(), 1, Integer::sum);
                }
            });
            assertThat(booked).hasSize(2);
            assertThat(outcomes).containsExactly(Map.entry(ErrorCode.APT_SLOT_FULL, 14));
            h.deliver();
            List<URI> links = booked.stream().map(a -> link(h.sdk.appointments().get(FRONT_OFFICE, a.id())).orElseThrow()).toList();
            assertThat(h.meetings.openRooms()).as("a booking that lost the race opened nothing")
                    .containsExactlyInAnyOrderElementsOf(links);
        }

        @Test
        @DisplayName("a booking whose transaction the storage runs twice opens one room")
        void aRetriedTransactionOpensOneRoom() {
            RerunningStorage rerunning = new RerunningStorage(storage);
            try (SdkHarness twice = new SdkHarness(rerunning)) {
                UserProfile user = twice.citizenWithContacts();
                rerunning.rerunNext(1);
                Appointment booked = twice.sdk.appointments().book(cie(user), BookAppointment.of(key(), ROMA, PENSION,
                        ContactMode.VIDEO_CALL, rome("2026-11-24T10:00")));
                assertThat(rerunning.rerun()).isEqualTo(1);
                rerunning.rerunNext(1000);
                twice.deliver();
                URI opened = link(twice.sdk.appointments().get(cie(user), booked.id())).orElseThrow();
                assertThat(twice.meetings.openRooms()).containsExactly(opened);
                assertThat(twice.sdk.appointments().mine(cie(user), PageRequest.first(5)).items()).hasSize(1);
            }
        }

        @Test
        @DisplayName("a rescheduled video call has one room, for its new time; a cancelled one none")
        void aRescheduledAppointmentHasOneRoom() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"));
            h.deliver();
            URI first = link(h.sdk.appointments().get(cie(user), booked.id())).orElseThrow();
            Appointment current = h.sdk.appointments().get(cie(user), booked.id());
            Instant eleven = rome("2026-11-24T11:00");
            Appointment moved = h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(current.id(),
                    current.version(), eleven));
            h.deliver();
            Appointment now = h.sdk.appointments().get(cie(user), moved.id());
            URI second = link(now).orElseThrow();
            assertThat(second).isNotEqualTo(first);
            assertThat(h.meetings.openRooms()).containsExactly(second);
            assertThat(h.meetings.isClosed(first)).isTrue();
            h.sdk.appointments().cancel(cie(user), new CancelAppointment(now.id(), now.version(), "Risolto"));
            h.deliver();
            assertThat(h.meetings.openRooms()).isEmpty();
        }

        @Test
        @DisplayName("a provider that is down is retried after commit; the booking stands meanwhile")
        void aProviderThatIsDownIsRetried() {
            UserProfile user = h.citizenWithContacts();
            h.meetings.failNextOpens(1);
            Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"));
            h.deliver();
            assertThat(link(h.sdk.appointments().get(cie(user), booked.id()))).isEmpty();
            h.clock.advance(Duration.ofMinutes(5));
            h.deliver();
            assertThat(link(h.sdk.appointments().get(cie(user), booked.id()))).isPresent();
            assertThat(h.meetings.openRooms()).hasSize(1);
        }
    }

    /** R-APT-5 and R-DEL-4. */
    @Nested
    @DisplayName("R-APT-5 and R-DEL-4 the user is identified from a document, admitted, and assisted only with consent")
    class TheCall {
        @Test
        @DisplayName("join with the code, identity check, admission, assistance with consent, completion")
        void aUserJoinsWithTheCodeIsIdentifiedAdmittedAssistedWithConsentAndTheCallIsCompleted() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
            h.deliver();
            String code = admissionCode(smsTo(user));
            fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)),
                    ErrorCode.APT_TOO_EARLY_TO_JOIN);
            h.clock.set(start.minus(Duration.ofMinutes(5)));
            String wrong = code.equals("000000") ? "111111" : "000000";
            SportelloException error = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), wrong)),
                    ErrorCode.APT_ADMISSION_CODE_WRONG);
            assertThat(error.details()).containsEntry("remaining", "4").containsEntry("field", "admissionCode");
            UserProfile stranger = h.citizenWithContacts();
            fails(() -> h.sdk.appointments().join(cie(stranger), new JoinVideoCall(booked.id(), code)),
                    ErrorCode.ACCESS_NOT_OWNER);
            Appointment waiting = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code));
            assertThat(waiting.status()).isEqualTo(AppointmentStatus.WAITING);
            assertThat(h.sdk.appointments().waitingRoom(FRONT_OFFICE, ROMA)).extracting(Appointment::id)
                    .containsExactly(booked.id());
            fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(waiting.id(), waiting.version())),
                    ErrorCode.APT_IDENTITY_NOT_CHECKED);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                    waiting.version(), document(LocalDate.of(2026, 11, 23)))), ErrorCode.APT_DOCUMENT_EXPIRED);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                    waiting.version(), new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), false))), ErrorCode.APT_DOCUMENT_PHOTO_MISSING);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                    waiting.version(), new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567",
                    LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1), true))), ErrorCode.APT_DOCUMENT_DATES_INVALID);
            fails(() -> h.sdk.appointments().recordIdentityCheck(CAGLIARI, new RecordIdentityCheck(waiting.id(),
                    waiting.version(), document(LocalDate.of(2030, 1, 1)))), ErrorCode.ACCESS_WRONG_OFFICE);
            Appointment checked = h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                    waiting.version(), document(LocalDate.of(2026, 11, 24))));
            IdentityCheck check = checked.identityCheck().orElseThrow();
            assertThat(check.maskedNumber()).isEqualTo("CA*****AB");
            assertThat(check.checkedBy()).isEqualTo(TckOffices.ROMA_FRONT_OFFICE);
            assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(booked.id())).orElseThrow().toString())
                    .doesNotContain("CA12345AB");
            Appointment admitted = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(), checked.version()));
            assertThat(admitted.status()).isEqualTo(AppointmentStatus.IN_PROGRESS);
            AdmitAssistant assistant = new AdmitAssistant(admitted.id(), admitted.version(), "Giulia Rossi",
                    new IdentityDocument(IdentityDocumentType.PASSPORT, "YA1234512", LocalDate.of(2022, 2, 2),
                            LocalDate.of(2032, 2, 2), true));
            fails(() -> h.sdk.appointments().admitAssistant(FRONT_OFFICE, assistant), ErrorCode.APT_ASSISTANCE_CONSENT_MISSING);
            Appointment consented = h.sdk.appointments().recordAssistanceConsent(cie(user),
                    new RecordAssistanceConsent(admitted.id(), admitted.version()));
            assertThat(consented.assistance().orElseThrow().consentBy()).isEqualTo(user.id());
            Appointment assisted = h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(consented.id(),
                    consented.version(), "Giulia Rossi", assistant.document()));
            Assistance assistance = assisted.assistance().orElseThrow();
            assertThat(assistance.assistantAdmitted()).isTrue();
            assertThat(assistance.check().maskedNumber()).isEqualTo("YA*****12");
            assertThat(assistance.consentAt()).isBeforeOrEqualTo(assistance.admittedAt());
            assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, booked.id(), PageRequest.first(20)).items())
                    .extracting(AuditEntry::action).contains("APPOINTMENT_ASSISTANCE_CONSENTED", "APPOINTMENT_ASSISTANT_ADMITTED");
            fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(assisted.id(), assisted.version(),
                    "WHATEVER", null)), ErrorCode.APT_OUTCOME_UNKNOWN);
            Appointment done = h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(assisted.id(),
                    assisted.version(), "INFORMATION_GIVEN", "Spiegati i requisiti della pensione anticipata"));
            assertThat(done.status()).isEqualTo(AppointmentStatus.COMPLETED);
            fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(done.id(), done.version(), "troppo tardi")),
                    ErrorCode.APT_ILLEGAL_TRANSITION);
            fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(done.id(), 0, "INFORMATION_GIVEN",
                    null)), ErrorCode.CONCURRENT_MODIFICATION);
            h.deliver();
            assertThat(h.meetings.openRooms()).as("a finished call closes its room").isEmpty();
            assertThat(book(user, ContactMode.IN_PERSON, rome("2026-11-26T10:00")).status())
                    .as("a completed appointment no longer counts as active").isEqualTo(AppointmentStatus.BOOKED);
        }

        @Test
        @DisplayName("wrong admission codes run out and the code expires with the slot")
        void wrongAdmissionCodesRunOutAndTheCodeExpiresWithTheSlot() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
            h.deliver();
            String code = admissionCode(smsTo(user));
            h.clock.set(start);
            String wrong = code.equals("000000") ? "111111" : "000000";
            for (int remaining = 4; remaining >= 0; remaining--) {
                SportelloException e = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), wrong)),
                        ErrorCode.APT_ADMISSION_CODE_WRONG);
                assertThat(e.details()).containsEntry("remaining", Integer.toString(remaining));
            }
            fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)), ErrorCode.APT_ADMISSION_LOCKED);
            UserProfile other = h.citizenWithContacts();
            Appointment later = book(other, ContactMode.VIDEO_CALL, rome("2026-11-24T11:00"));
            h.deliver();
            String otherCode = admissionCode(smsTo(other));
            h.clock.set(later.end());
            fails(() -> h.sdk.appointments().join(cie(other), new JoinVideoCall(later.id(), otherCode)),
                    ErrorCode.APT_ADMISSION_CODE_EXPIRED);
        }
    }

    /** R-APT-6 with R-USR-5. */
    @Nested
    @DisplayName("R-APT-6 and R-USR-5 deaf users get a sign-language operator for video calls")
    class SignLanguage {
        @Test
        @DisplayName("the fragile-channel grounds come from the records and the age in the tax code")
        void theFragileChannelGroundsComeFromTheRecordsAndTheAgeInTheTaxCode() {
            UserProfile deaf = h.deaf(h.citizenWithContacts());
            UserProfile other = h.citizenWithContacts();
            assertThat(h.sdk.users().fragileEligibility(cie(deaf), deaf.id())).containsExactly(FragileGround.DEAF);
            assertThat(h.sdk.users().fragileEligibility(cie(other), other.id())).isEmpty();
            // an adult with an attendance allowance is not eligible on that ground alone (R-USR-5 a: under 18 or 75+)
            h.fragility.put((TaxCode) other.fiscalCode(), new FragilityFacts(Set.of(Allowance.ATTENDANCE), false, false,
                    false, false));
            assertThat(h.sdk.users().fragileEligibility(SdkHarness.PORTAL, other.id())).isEmpty();
            fails(() -> h.sdk.users().fragileEligibility(Principal.user(deaf.id(), Credential.SPID_L1), deaf.id()),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            fails(() -> h.sdk.users().fragileEligibility(Principal.user(deaf.id(), Credential.INSTITUTIONAL_PIN), deaf.id()),
                    ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
            fails(() -> h.sdk.users().fragileEligibility(cie(other), deaf.id()), ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.users().fragileEligibility(SdkHarness.PORTAL, h.company("H501").id())).isEmpty();
        }

        @Test
        @DisplayName("a sign-language request only uses the capacity of skilled operators, who alone serve it")
        void aSignLanguageRequestOnlyUsesTheCapacityOfSkilledOperators() {
            UserProfile first = h.deaf(h.citizenWithContacts());
            UserProfile second = h.deaf(h.citizenWithContacts());
            UserProfile third = h.citizenWithContacts();
            Instant ten = rome("2026-11-24T10:00");
            fails(() -> h.sdk.appointments().book(cie(third), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                    ten, Interpretation.SIGN_LANGUAGE)), ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE);
            fails(() -> h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION, ContactMode.IN_PERSON,
                    ten, Interpretation.SIGN_LANGUAGE)), ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY);
            // the only interpreter works 09:00-12:00
            fails(() -> h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                    rome("2026-11-24T08:30"), Interpretation.SIGN_LANGUAGE)), ErrorCode.APT_NO_SIGN_LANGUAGE_CAPACITY);
            assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE),
                    rome("2026-11-24T08:30")).remaining()).isZero();
            assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE),
                    ten).remaining()).isEqualTo(1);
            Appointment lis = h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION,
                    ContactMode.VIDEO_CALL, ten, Interpretation.SIGN_LANGUAGE));
            assertThat(lis.interpretation()).isEqualTo(Interpretation.SIGN_LANGUAGE);
            assertThat(lis.interpreter()).contains(TckOffices.ROMA_SIGN_LANGUAGE);
            assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE),
                    ten).remaining()).isZero();
            assertThat(remaining(ContactMode.VIDEO_CALL, ten)).isEqualTo(1);
            fails(() -> h.sdk.appointments().book(cie(second), new BookAppointment(key(), ROMA, PENSION,
                    ContactMode.VIDEO_CALL, ten, Interpretation.SIGN_LANGUAGE)), ErrorCode.APT_SLOT_FULL);
            assertThat(book(third, ContactMode.VIDEO_CALL, ten).interpretation()).isEqualTo(Interpretation.NONE);
            fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(lis.id(), lis.version(),
                    document(LocalDate.of(2030, 1, 1)))), ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED);
            assertThat(h.sdk.appointments().recordIdentityCheck(INTERPRETER, new RecordIdentityCheck(lis.id(), lis.version(),
                    document(LocalDate.of(2030, 1, 1)))).identityCheck()).isPresent();
        }
    }
}
