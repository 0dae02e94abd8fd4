package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE_2;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every denial is audited, and a delegation is checked against the operation it is used for (R-DEL-1…3, R-DEL-5). */
class KernelDenialsTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Request generic(UserProfile user) {
        return h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Domanda"), "Testo", List.of()));
    }

    @Nested
    @DisplayName("R-DEL-5 every denial is audited with who was denied, for whom and why")
    class AuditedDenials {
        @Test
        @DisplayName("R-DEL-5 denials on an object are recorded against it, with the actor and the code")
        void denialsOnAnObjectAreRecorded() {
            UserProfile owner = h.citizen();
            UserProfile stranger = h.citizen();
            Request request = generic(owner);
            fails(() -> h.sdk.requests().get(as(stranger), request.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.requests().get(CAGLIARI, request.id()), ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> h.sdk.requests().takeInCharge(as(owner), new TakeInCharge(request.id(), 0, null)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(request.id(), 0, null));
            fails(() -> h.sdk.requests().close(BACK_OFFICE_2, new CloseRequest(request.id(), taken.version(), "ANSWERED",
                    "x")), ErrorCode.REQ_NOT_ASSIGNEE);
            assertThat(h.denials(request.id())).extracting(AuditEntry::actor, AuditEntry::errorCode).containsExactly(
                    tuple(stranger.id(), ErrorCode.ACCESS_NOT_OWNER),
                    tuple(CAGLIARI.actor(), ErrorCode.ACCESS_WRONG_OFFICE),
                    tuple(owner.id(), ErrorCode.ACCESS_ROLE_REQUIRED),
                    tuple(BACK_OFFICE_2.actor(), ErrorCode.REQ_NOT_ASSIGNEE));
            assertThat(h.denials(request.id())).extracting(AuditEntry::action).containsExactly(
                    "REQUEST_READ", "REQUEST_READ", "REQUEST_WORK", "REQUEST_WORK");
        }

        @Test
        @DisplayName("R-DEL-5 a denial before any object is read is recorded against the operation")
        void denialsBeforeAnyObjectAreRecordedAgainstTheOperation() {
            UserProfile user = h.citizen();
            fails(() -> h.sdk.requests().submit(Principal.user(user.id(), Credential.SPID_L1), new SubmitRequest(h.key(),
                    TopicCode.GENERIC, null, null, Map.of(), "x", List.of())), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(h.denials(Operation.REQUEST_SUBMIT)).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo(user.id());
                assertThat(a.objectType()).isEqualTo("operation");
                assertThat(a.objectId()).isEqualTo("REQUEST_SUBMIT");
            });
        }

        @Test
        @DisplayName("R-DEL-5 acting for someone without a delegation is recorded against the represented user")
        void aMissingDelegationIsRecorded() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            fails(() -> h.sdk.users().get(as(luca).actingFor(maria.id()), maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            assertThat(h.denials(maria.id())).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo(luca.id());
                assertThat(a.onBehalfOf()).isEqualTo(maria.id());
                assertThat(a.delegation()).isNull();
                assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_DELEGATION_MISSING);
            });
        }
    }

    @Nested
    @DisplayName("R-DEL-3 a delegation is checked against the operation")
    class DelegationScope {
        @Test
        @DisplayName("R-DEL-3 a mandate does not cover the company's profile, contacts or consents; the denial names it")
        void aMandateDoesNotCoverTheProfile() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            Delegation mandate = h.mandate(company, consultant);
            ContactPoint pending = h.sdk.users().addContact(as(company), new AddContact(company.id(), ContactKind.EMAIL,
                    h.data.email()));
            Principal forCompany = as(consultant).actingFor(company.id());
            assertThat(h.sdk.users().get(forCompany, company.id()).id()).as("reading is covered").isEqualTo(company.id());
            fails(() -> h.sdk.users().update(forCompany, new UpdateProfile(company.id(), 0, "Altro S.r.l.", null, null)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().addContact(forCompany, new AddContact(company.id(), ContactKind.EMAIL, h.data.email())),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().verifyContact(forCompany, new VerifyContact(company.id(), pending.id(), "123456")),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().recordConsent(forCompany, new RecordConsent(company.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_DELEGATION_SCOPE);
            assertThat(h.denials(company.id())).hasSize(4).allSatisfy(a -> {
                assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_DELEGATION_SCOPE);
                assertThat(a.actor()).isEqualTo(consultant.id());
                assertThat(a.onBehalfOf()).isEqualTo(company.id());
                assertThat(a.delegation()).as("the delegation tried is recorded").isEqualTo(mandate.id());
            });
            assertThat(h.denials(company.id())).extracting(AuditEntry::action).containsExactly("USER_UPDATE", "CONTACT_ADD",
                    "CONTACT_VERIFY", "CONSENT_RECORD");
            UserProfile unchanged = h.sdk.users().get(PORTAL, company.id());
            assertThat(unchanged.name()).isEqualTo(company.name());
            assertThat(unchanged.contacts()).hasSize(1);
            assertThat(h.sdk.users().consents(PORTAL, company.id()).history()).isEmpty();
        }

        @Test
        @DisplayName("R-DEL-1 parental responsibility covers the minor's profile, which a mandate does not")
        void theKindDecidesTheScope() {
            UserProfile minor = h.citizenBorn(LocalDate.of(2012, 3, 3));
            UserProfile parent = h.citizen();
            Delegation d = h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                    minor.id(), parent.id(), null, START.plus(Duration.ofDays(30))));
            UserProfile updated = h.sdk.users().update(as(parent).actingFor(minor.id()), new UpdateProfile(minor.id(), 0,
                    null, null, Language.DE));
            assertThat(updated.language()).isEqualTo(Language.DE);
            assertThat(h.audit(minor.id())).filteredOn(a -> a.action().equals("USER_UPDATED")).singleElement()
                    .satisfies(a -> assertThat(a.delegation()).isEqualTo(d.id()));
            assertThat(DelegationKind.MANDATE.covers(Operation.USER_UPDATE)).isFalse();
            assertThat(DelegationKind.PARENTAL_RESPONSIBILITY.covers(Operation.USER_UPDATE)).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Operation.class, names = {"DELEGATION_GRANT", "DELEGATION_REVOKE", "DELEGATION_ACCEPT", "REQUEST_WORK",
                "APPOINTMENT_WORK", "NOTIFICATION_ADMIN", "ADMINISTRATION", "USER_REGISTER", "OFFICE_CLOSE_DAY"})
        @DisplayName("R-DEL-1 no delegation covers a person's own acts on delegations, nor staff and service work")
        void noKindCoversStaffWork(Operation operation) {
            for (DelegationKind kind : DelegationKind.values()) {
                assertThat(kind.covers(operation)).as(kind + " covers " + operation).isFalse();
                assertThat(kind.operations()).doesNotContain(operation);
            }
        }
    }
}
