package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.Violation;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.FaultyStorage;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the kernel runs every call (R-USR-2, R-DEL-5): assurance, then validation, then one transaction;
 * access before the version check.
 */
class KernelTest {
    private FaultyStorage faulty;
    private final CoreFixture h = new CoreFixture(storage -> faulty = new FaultyStorage(storage), b -> { });

    @AfterEach
    void close() {
        h.close();
    }

    private Request generic(UserProfile user) {
        return h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Domanda"), "Testo", List.of()));
    }

    @Nested
    @DisplayName("R-USR-2 assurance first, then validation, then the transaction")
    class Order {
        @Test
        @DisplayName("R-USR-2 a weak credential is denied before its command is validated")
        void assuranceComesBeforeValidation() {
            UserProfile user = h.citizen();
            UpdateProfile invalid = new UpdateProfile(user.id(), -1, "   ", null, null);
            fails(() -> h.sdk.users().update(Principal.user(user.id(), Credential.SPID_L1), invalid),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            SportelloException e = fails(() -> h.sdk.users().update(as(user), invalid), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("expectedVersion", "name");
        }

        @Test
        @DisplayName("R-USR-2 an invalid command never opens a transaction; a denial opens only its audit")
        void validationComesBeforeTheTransaction() {
            UserProfile user = h.citizen();
            int before = faulty.transactions();
            fails(() -> h.sdk.users().update(as(user), new UpdateProfile(user.id(), 0, " ", null, null)),
                    ErrorCode.VALIDATION_FAILED);
            assertThat(faulty.transactions()).isEqualTo(before);
            fails(() -> h.sdk.users().update(Principal.user(user.id(), Credential.SPID_L1), new UpdateProfile(user.id(), 0,
                    "Nuovo", null, null)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(faulty.transactions()).as("the audit of the denial only").isEqualTo(before + 1);
        }

        @Test
        @DisplayName("R-USR-2 every call carries a principal: none is a validation error")
        void aMissingPrincipalIsRefused() {
            UserProfile user = h.citizen();
            SportelloException e = fails(() -> h.sdk.users().get(null, user.id()), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("principal");
        }
    }

    @Nested
    @DisplayName("R-DEL-5 one transaction: the change, its audit, its events and messages, or nothing")
    class OneTransaction {
        @Test
        @DisplayName("R-DEL-5 when the appends cannot be written the state change is rolled back with them")
        void aFailedFlushRollsBackTheChange() {
            UserProfile user = h.citizen();
            h.deliver();
            faulty.failNextFlush();
            fails(() -> h.sdk.users().update(as(user), new UpdateProfile(user.id(), 0, null, null, Language.EN)),
                    ErrorCode.ADAPTER_FAILED);
            UserProfile after = h.sdk.users().get(as(user), user.id());
            assertThat(after.language()).isEqualTo(Language.IT);
            assertThat(after.version()).isZero();
            assertThat(h.audit(user.id())).extracting(AuditEntry::action).doesNotContain("USER_UPDATED");
            h.deliver();
            assertThat(h.channels.events()).extracting(DomainEvent::type).doesNotContain(UserEvents.UPDATED);
            assertThat(h.sdk.users().update(as(user), new UpdateProfile(user.id(), 0, null, null, Language.EN)).version())
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("R-DEL-5 a check that fails at the end of a command undoes everything it wrote before")
        void aLateFailureUndoesEarlierWrites() {
            UserProfile first = h.company();
            UserProfile second = h.company();
            h.sdk.appointments().book(cie(first), BookAppointment.of(h.key(), TestOffices.ROMA,
                    TestOffices.COMPANY_POSITION.code(), ContactMode.IN_PERSON, rome("2026-11-25T09:30")));
            fails(() -> h.sdk.appointments().book(cie(second), BookAppointment.of(h.key(),
                    TestOffices.ROMA, TestOffices.COMPANY_POSITION.code(), ContactMode.IN_PERSON, rome("2026-11-25T09:30"))),
                    ErrorCode.APT_SLOT_FULL);
            assertThat(h.sdk.appointments().mine(cie(second), PageRequest.first(5)).items()).isEmpty();
            assertThat(h.messages(second)).as("no confirmation of a booking that failed").isEmpty();
            Appointment retry = h.sdk.appointments().book(cie(second), BookAppointment.of(h.key(),
                    TestOffices.ROMA, TestOffices.COMPANY_POSITION.code(), ContactMode.IN_PERSON, rome("2026-11-25T10:00")));
            assertThat(retry.start()).as("the active-booking count was rolled back too").isEqualTo(rome("2026-11-25T10:00"));
        }

        @Test
        @DisplayName("R-DEL-5 a unit of work run again by the storage has its effects once")
        void aRerunHasItsEffectsOnce() {
            UserProfile user = h.citizen();
            h.deliver();
            int events = h.channels.events().size();
            faulty.rerunNext();
            ContactPoint mobile = h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE,
                    h.data.mobileAsTyped()));
            h.deliver();
            assertThat(h.channels.sms()).as("one code, the one stored").hasSize(1);
            assertThat(h.channels.events()).hasSize(events + 1);
            assertThat(h.audit(mobile.id())).hasSize(1);
            assertThat(h.sdk.users().get(as(user), user.id()).contacts()).hasSize(1);
            assertThat(h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(),
                    h.lastCode(mobile))).verified()).isTrue();
        }
    }

    @Nested
    @DisplayName("R-DEL-5 access is checked before the version, so a stranger learns nothing from a stale version")
    class AccessBeforeVersion {
        @Test
        @DisplayName("R-DEL-5 a stranger with a stale version is denied; the owner with it gets a conflict")
        void aStrangerIsDeniedNotToldOfAConflict() {
            UserProfile user = h.citizen();
            UserProfile stranger = h.citizen();
            h.sdk.users().update(as(user), new UpdateProfile(user.id(), 0, null, null, Language.EN));
            fails(() -> h.sdk.users().update(as(stranger), new UpdateProfile(user.id(), 0, "X", null, null)),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.users().update(as(user), new UpdateProfile(user.id(), 0, "X", null, null)),
                    ErrorCode.CONCURRENT_MODIFICATION);
        }

        @Test
        @DisplayName("R-DEL-5 on requests: another office and a stranger are denied before their stale version is read")
        void requestsCheckAccessFirst() {
            UserProfile user = h.citizen();
            UserProfile stranger = h.citizen();
            Request request = generic(user);
            long stale = request.version() + 3;
            fails(() -> h.sdk.requests().takeInCharge(CAGLIARI, new TakeInCharge(request.id(), stale, null)),
                    ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> h.sdk.requests().answer(as(stranger), new AnswerRequest(request.id(), stale, "x", List.of())),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(request.id(), stale, null)),
                    ErrorCode.CONCURRENT_MODIFICATION);
        }

        @Test
        @DisplayName("R-DEL-5 on appointments: a stranger with a stale version is denied")
        void appointmentsCheckAccessFirst() {
            UserProfile owner = h.citizen();
            UserProfile stranger = h.citizen();
            Appointment booked = h.sdk.appointments().book(cie(owner), BookAppointment.of(h.key(),
                    TestOffices.ROMA, TestOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, rome("2026-11-24T10:00")));
            fails(() -> h.sdk.appointments().cancel(cie(stranger), new CancelAppointment(booked.id(), booked.version() + 9,
                    "no")), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.appointments().cancel(cie(owner), new CancelAppointment(booked.id(), booked.version() + 9,
                    "no")), ErrorCode.CONCURRENT_MODIFICATION);
        }
    }
}
