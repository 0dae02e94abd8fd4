package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.SportelloException;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acting for others (R-DEL-1…3, R-DEL-5).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class DelegationScenarioContract extends ScenarioContract {

    private static RequestDelegation digital(UserProfile delegator, UserProfile delegate, Instant until) {
        return new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, delegator.id(), delegate.id(), null, until, null);
    }

    private List<AuditEntry> trail(UserProfile user) {
        return h.sdk.audit().forSubject(SdkHarness.PORTAL, user.id(), PageRequest.first(50)).items();
    }

    /** R-DEL-3 and R-DEL-5. */
    @Nested
    @DisplayName("R-DEL-3 an intermediary acts for a company only under its mandate, for the company's matters")
    class Mandates {
        @Test
        @DisplayName("acting for someone without a mandate is denied and audited")
        void actingForSomeoneWithoutAMandateIsDeniedAndAudited() {
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            assertThat(trail(company)).anySatisfy(a -> {
                assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                assertThat(a.actor()).isEqualTo(consultant.id());
                assertThat(a.onBehalfOf()).isEqualTo(company.id());
            });
        }

        @Test
        @DisplayName("a mandate lets the intermediary act until it ends or is revoked")
        void aMandateLetsTheIntermediaryActUntilItEndsOrIsRevoked() {
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            Delegation mandate = h.mandate(company, consultant, SdkHarness.START.plus(Duration.ofDays(30)));
            Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
            assertThat(h.sdk.users().get(forCompany, company.id()).name()).isEqualTo(company.name());
            h.clock.advance(Duration.ofDays(31));
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            h.clock.set(SdkHarness.START.plusSeconds(60));
            Delegation revoked = h.sdk.delegations().revoke(SdkHarness.as(company), new RevokeDelegation(mandate.id(),
                    mandate.version()));
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            fails(() -> h.sdk.delegations().revoke(SdkHarness.as(company), new RevokeDelegation(mandate.id(),
                    revoked.version())), ErrorCode.DEL_ALREADY_REVOKED);
            fails(() -> h.sdk.delegations().revoke(SdkHarness.as(company), new RevokeDelegation(mandate.id(), 0)),
                    ErrorCode.CONCURRENT_MODIFICATION);
            assertThat(h.sdk.delegations().of(SdkHarness.as(consultant), consultant.id())).extracting(Delegation::revokedAt)
                    .doesNotContainNull();
        }

        @Test
        @DisplayName("a mandate covers the company's matters, never its profile, contacts or consents; denials name it")
        void aMandateDoesNotAuthoriseEverything() {
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            Delegation mandate = h.mandate(company, consultant, SdkHarness.START.plus(Duration.ofDays(30)));
            Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
            fails(() -> h.sdk.users().update(forCompany, new UpdateProfile(company.id(), 0, "Altro nome S.r.l.", null, null)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().addContact(forCompany, new AddContact(company.id(), ContactKind.EMAIL,
                    "intermediario@example.it")), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().recordConsent(forCompany, new RecordConsent(company.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.delegations().request(forCompany, new RequestDelegation(DelegationKind.MANDATE, company.id(),
                    h.intermediary().id(), null, SdkHarness.START.plus(Duration.ofDays(30)), null)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            assertThat(h.sdk.users().get(SdkHarness.PORTAL, company.id()).name()).isEqualTo(company.name());
            assertThat(h.sdk.users().consents(SdkHarness.PORTAL, company.id()).history()).isEmpty();
            assertThat(trail(company)).filteredOn(a -> a.outcome() == AuditEntry.Outcome.DENIED).hasSize(4)
                    .allSatisfy(a -> {
                        assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_DELEGATION_SCOPE);
                        assertThat(a.actor()).isEqualTo(consultant.id());
                        assertThat(a.delegation()).as("R-DEL-5: the delegation tried is recorded").isEqualTo(mandate.id());
                    });
        }
    }

    /** R-DEL-1. */
    @Nested
    @DisplayName("R-DEL-1 a parent acts for a minor until the 18th birthday")
    class Parents {
        @Test
        @DisplayName("parental responsibility ends at the eighteenth birthday; only a service grants it")
        void parentalResponsibilityEndsAtTheEighteenthBirthday() {
            LocalDate birth = LocalDate.of(2010, 5, 20);
            UserProfile minor = h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(TestData.taxCode(birth, false,
                    "H501"), "Luca Rossi", new MunicipalityCode("H501"), Language.IT));
            UserProfile parent = h.citizen();
            Delegation delegation = h.sdk.delegations().grant(SdkHarness.PORTAL, new GrantDelegation(
                    DelegationKind.PARENTAL_RESPONSIBILITY, minor.id(), parent.id(), null, Instant.parse("2040-01-01T00:00:00Z")));
            assertThat(delegation.validUntil()).isEqualTo(birth.plusYears(18).atStartOfDay(ZoneId.of("Europe/Rome")).toInstant());
            Principal forMinor = SdkHarness.as(parent).actingFor(minor.id());
            assertThat(h.sdk.users().get(forMinor, minor.id()).id()).isEqualTo(minor.id());
            assertThat(delegation.status()).isEqualTo(DelegationStatus.ACTIVE);
            assertThat(h.sdk.users().update(forMinor, new UpdateProfile(minor.id(), 0, null, null, Language.EN)).language())
                    .as("a parent manages the minor's profile").isEqualTo(Language.EN);
            AuditEntry update = trail(minor).stream().filter(a -> a.action().equals("USER_UPDATED")).findFirst().orElseThrow();
            assertThat(update.actor()).isEqualTo(parent.id());
            assertThat(update.onBehalfOf()).isEqualTo(minor.id());
            assertThat(update.delegation()).isEqualTo(delegation.id());
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(parent), new GrantDelegation(
                    DelegationKind.PARENTAL_RESPONSIBILITY, minor.id(), parent.id(), null,
                    Instant.parse("2027-01-01T00:00:00Z"))), ErrorCode.ACCESS_ROLE_REQUIRED);
            UserProfile adult = h.citizen();
            fails(() -> h.sdk.delegations().grant(SdkHarness.PORTAL, new GrantDelegation(
                    DelegationKind.PARENTAL_RESPONSIBILITY, adult.id(), parent.id(), null,
                    Instant.parse("2027-01-01T00:00:00Z"))), ErrorCode.DEL_NOT_A_MINOR);
        }
    }

    /** R-DEL-2. */
    @Nested
    @DisplayName("R-DEL-2 a person delegates a trusted person, for a period")
    class DigitalIdentity {
        @Test
        @DisplayName("bad delegations are refused with their codes")
        void badDelegationsAreRefused() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            UserProfile company = h.company("H501");
            Instant month = SdkHarness.START.plus(Duration.ofDays(30));
            fails(() -> h.sdk.delegations().request(SdkHarness.as(maria), digital(maria, maria, month)), ErrorCode.DEL_SELF);
            fails(() -> h.sdk.delegations().request(SdkHarness.as(company), new RequestDelegation(DelegationKind.MANDATE,
                    company.id(), maria.id(), null, month, null)), ErrorCode.DEL_PARTIES_MISMATCH);
            fails(() -> h.sdk.delegations().request(SdkHarness.as(maria), digital(maria, luca,
                    SdkHarness.START.minusSeconds(1))), ErrorCode.DEL_PERIOD_INVALID);
            fails(() -> h.sdk.delegations().request(SdkHarness.as(luca), digital(maria, luca, month)),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.delegations().request(SdkHarness.as(maria), new RequestDelegation(
                    DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(), null, month, Set.of(Operation.DOSSIER_FEED))),
                    ErrorCode.DEL_SCOPE_NOT_COVERED);
            h.accepted(maria, digital(maria, luca, month));
            fails(() -> h.sdk.delegations().request(SdkHarness.as(maria), digital(maria, luca, month)),
                    ErrorCode.DEL_DUPLICATE);
            fails(() -> h.sdk.delegations().request(SdkHarness.as(luca).actingFor(maria.id()),
                    digital(maria, h.citizen(), month)), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.delegations().request(Principal.user(maria.id(), Credential.SPID_L1),
                    digital(maria, luca, month)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(h.sdk.delegations().of(SdkHarness.PORTAL, maria.id())).hasSize(1);
        }

        @Test
        @DisplayName("a wrong code's spent attempt is stored; the right code activates; whom can I act for is paged")
        void theAcceptanceCodeOverTheStorage() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(SdkHarness.as(maria), digital(maria, luca,
                    SdkHarness.START.plus(Duration.ofDays(30))));
            String wrong = requested.acceptanceCode().equals("00000000") ? "11111111" : "00000000";
            AcceptDelegation bad = new AcceptDelegation(requested.delegation().id(), wrong);
            fails(() -> h.sdk.delegations().accept(SdkHarness.as(luca), bad), ErrorCode.DEL_ACCEPTANCE_CODE_WRONG);
            SportelloException second = fails(() -> h.sdk.delegations().accept(SdkHarness.as(luca), bad),
                    ErrorCode.DEL_ACCEPTANCE_CODE_WRONG);
            assertThat(second.details()).as("the first attempt was kept").containsEntry("attemptsLeft", "3");
            fails(() -> h.sdk.delegations().accept(SdkHarness.as(maria), new AcceptDelegation(requested.delegation().id(),
                    requested.acceptanceCode())), ErrorCode.DEL_NOT_THE_DELEGATE);
            Delegation active = h.sdk.delegations().accept(SdkHarness.as(luca), new AcceptDelegation(
                    requested.delegation().id(), requested.acceptanceCode()));
            assertThat(h.sdk.delegations().of(SdkHarness.PORTAL, maria.id())).containsExactly(active);
            assertThat(active.lifecycle()).extracting(DelegationTransition::status)
                    .containsExactly(DelegationStatus.PENDING, DelegationStatus.ACTIVE);
            UserProfile ugo = h.citizen();
            Delegation other = h.accepted(ugo, digital(ugo, luca, SdkHarness.START.plus(Duration.ofDays(30))));
            Page<Delegation> first = h.sdk.delegations().actingFor(SdkHarness.as(luca), luca.id(), PageRequest.first(1));
            Page<Delegation> next = h.sdk.delegations().actingFor(SdkHarness.as(luca), luca.id(),
                    PageRequest.first(1).after(first));
            assertThat(List.of(first.items().get(0), next.items().get(0))).containsExactlyInAnyOrder(active, other);
            assertThat(next.hasNext()).isFalse();
            assertThat(h.sdk.delegations().actingForMe(SdkHarness.as(maria), maria.id(), PageRequest.first(5)).items())
                    .containsExactly(active);
        }

        @Test
        @DisplayName("expiry runs as a task through the storage's outbox, with its reason, once")
        void expiryRunsAsATask() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Instant until = SdkHarness.START.plus(Duration.ofDays(3));
            Delegation active = h.accepted(maria, digital(maria, luca, until));
            DelegationRequested pending = h.sdk.delegations().request(SdkHarness.as(luca), digital(luca, maria,
                    SdkHarness.START.plus(Duration.ofDays(30))));
            h.clock.set(SdkHarness.START.plus(Duration.ofDays(8)));
            h.deliver();
            h.deliver();
            List<Delegation> all = h.sdk.delegations().of(SdkHarness.PORTAL, maria.id());
            assertThat(all).filteredOn(d -> d.id().equals(active.id())).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DelegationStatus.EXPIRED);
                assertThat(d.lifecycle()).hasSize(3).last().extracting(DelegationTransition::reason)
                        .isEqualTo(ExpiryReason.VALIDITY_ENDED);
            });
            assertThat(all).filteredOn(d -> d.id().equals(pending.delegation().id())).singleElement().satisfies(d ->
                    assertThat(d.lifecycle()).hasSize(2).last().extracting(DelegationTransition::reason)
                            .isEqualTo(ExpiryReason.NOT_ACCEPTED_IN_TIME));
        }
    }
}
