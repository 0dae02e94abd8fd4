package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Acting for others (R-DEL-1…3, R-DEL-5). */
public abstract class DelegationScenarioContract extends ScenarioContract {

    @Test
    void actingForSomeoneWithoutAMandateIsDeniedAndAudited() {
        UserProfile company = h.company("H501");
        UserProfile consultant = h.intermediary();
        Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
        fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        assertThat(h.sdk.audit().forObject(SdkHarness.PORTAL, "user", company.id().toString(), PageRequest.first(20)).items())
                .anySatisfy(a -> {
                    assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                    assertThat(a.actor()).isEqualTo(consultant.id());
                    assertThat(a.onBehalfOf()).isEqualTo(company.id());
                });
    }

    @Test
    void aMandateLetsTheIntermediaryActUntilItEndsOrIsRevoked() {
        UserProfile company = h.company("H501");
        UserProfile consultant = h.intermediary();
        Delegation mandate = h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE,
                company.id(), consultant.id(), null, SdkHarness.START.plus(Duration.ofDays(30))));
        Principal forCompany = SdkHarness.as(consultant).actingFor(company.id());
        UserProfile changed = h.sdk.users().update(forCompany, new UpdateProfile(company.id(), 0, "Edilizia Rossi S.p.A.", null, null));
        assertThat(changed.name()).isEqualTo("Edilizia Rossi S.p.A.");
        AuditEntry entry = h.sdk.audit().forObject(SdkHarness.PORTAL, "user", company.id().toString(), PageRequest.first(20))
                .items().stream().filter(a -> a.action().equals("USER_UPDATED")).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo(consultant.id());
        assertThat(entry.onBehalfOf()).isEqualTo(company.id());
        h.clock.advance(Duration.ofDays(31));
        fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        h.clock.set(SdkHarness.START.plusSeconds(60));
        h.sdk.delegations().revoke(SdkHarness.as(company), mandate.id());
        fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        fails(() -> h.sdk.delegations().revoke(SdkHarness.as(company), mandate.id()), ErrorCode.DEL_ALREADY_REVOKED);
        assertThat(h.sdk.delegations().of(SdkHarness.as(consultant), consultant.id())).extracting(Delegation::revokedAt).doesNotContainNull();
    }

    @Test
    void parentalResponsibilityEndsAtTheEighteenthBirthday() {
        LocalDate birth = LocalDate.of(2010, 5, 20);
        UserProfile minor = h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(TestData.taxCode(birth, false, "H501"),
                "Luca Rossi", new MunicipalityCode("H501"), Language.IT));
        UserProfile parent = h.citizen();
        Delegation delegation = h.sdk.delegations().grant(SdkHarness.PORTAL, new GrantDelegation(
                DelegationKind.PARENTAL_RESPONSIBILITY, minor.id(), parent.id(), null, Instant.parse("2040-01-01T00:00:00Z")));
        assertThat(delegation.validUntil()).isEqualTo(birth.plusYears(18).atStartOfDay(ZoneId.of("Europe/Rome")).toInstant());
        assertThat(h.sdk.users().get(SdkHarness.as(parent).actingFor(minor.id()), minor.id()).id()).isEqualTo(minor.id());
        fails(() -> h.sdk.delegations().grant(SdkHarness.as(parent), new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                minor.id(), parent.id(), null, Instant.parse("2027-01-01T00:00:00Z"))), ErrorCode.ACCESS_NOT_OWNER);
        UserProfile adult = h.citizen();
        fails(() -> h.sdk.delegations().grant(SdkHarness.PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                adult.id(), parent.id(), null, Instant.parse("2027-01-01T00:00:00Z"))), ErrorCode.DEL_NOT_A_MINOR);
    }

    @Test
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
                DelegationKind.DIGITAL_IDENTITY, maria.id(), h.citizen().id(), null, month)), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.delegations().grant(Principal.user(maria.id(), Credential.SPID_L1), new GrantDelegation(
                DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(), null, month)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
    }
}
