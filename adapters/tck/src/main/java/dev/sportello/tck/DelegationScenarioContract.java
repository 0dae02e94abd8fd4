package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acting for others (R-DEL-1…3, R-DEL-5).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class DelegationScenarioContract extends ScenarioContract {

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
            Delegation mandate = h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE,
                    company.id(), consultant.id(), null, SdkHarness.START.plus(Duration.ofDays(30))));
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
            Delegation mandate = h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE,
                    company.id(), consultant.id(), null, SdkHarness.START.plus(Duration.ofDays(30))));
            Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
            fails(() -> h.sdk.users().update(forCompany, new UpdateProfile(company.id(), 0, "Altro nome S.r.l.", null, null)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().addContact(forCompany, new AddContact(company.id(), ContactKind.EMAIL,
                    "intermediario@example.it")), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().recordConsent(forCompany, new RecordConsent(company.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.delegations().grant(forCompany, new GrantDelegation(DelegationKind.MANDATE, company.id(),
                    h.intermediary().id(), null, SdkHarness.START.plus(Duration.ofDays(30)))), ErrorCode.ACCESS_DELEGATION_SCOPE);
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
            assertThat(h.sdk.users().update(forMinor, new UpdateProfile(minor.id(), 0, null, null, Language.EN)).language())
                    .as("a parent manages the minor's profile").isEqualTo(Language.EN);
            AuditEntry update = trail(minor).stream().filter(a -> a.action().equals("USER_UPDATED")).findFirst().orElseThrow();
            assertThat(update.actor()).isEqualTo(parent.id());
            assertThat(update.onBehalfOf()).isEqualTo(minor.id());
            assertThat(update.delegation()).isEqualTo(delegation.id());
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(parent), new GrantDelegation(
                    DelegationKind.PARENTAL_RESPONSIBILITY, minor.id(), parent.id(), null,
                    Instant.parse("2027-01-01T00:00:00Z"))), ErrorCode.ACCESS_NOT_OWNER);
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
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(maria), new GrantDelegation(DelegationKind.DIGITAL_IDENTITY,
                    maria.id(), maria.id(), null, month)), ErrorCode.DEL_SELF);
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE,
                    company.id(), maria.id(), null, month)), ErrorCode.DEL_PARTIES_MISMATCH);
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(maria), new GrantDelegation(DelegationKind.DIGITAL_IDENTITY,
                    maria.id(), luca.id(), null, SdkHarness.START.minusSeconds(1))), ErrorCode.DEL_PERIOD_INVALID);
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(luca), new GrantDelegation(DelegationKind.DIGITAL_IDENTITY,
                    maria.id(), luca.id(), null, month)), ErrorCode.ACCESS_NOT_OWNER);
            h.sdk.delegations().grant(SdkHarness.as(maria), new GrantDelegation(DelegationKind.DIGITAL_IDENTITY, maria.id(),
                    luca.id(), null, month));
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(maria), new GrantDelegation(DelegationKind.DIGITAL_IDENTITY,
                    maria.id(), luca.id(), null, month)), ErrorCode.DEL_DUPLICATE);
            fails(() -> h.sdk.delegations().grant(SdkHarness.as(luca).actingFor(maria.id()), new GrantDelegation(
                    DelegationKind.DIGITAL_IDENTITY, maria.id(), h.citizen().id(), null, month)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.delegations().grant(Principal.user(maria.id(), Credential.SPID_L1), new GrantDelegation(
                    DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(), null, month)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
        }
    }
}
