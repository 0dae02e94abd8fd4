package dev.sportello.core.internal.delegation;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Parents, guardians and trusted persons acting for someone (R-DEL-1, R-DEL-2). */
class DelegationRulesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant MONTH = START.plus(Duration.ofDays(30));
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private GrantDelegation grant(DelegationKind kind, UserProfile delegator, UserProfile delegate, Instant from,
                                  Instant until) {
        return new GrantDelegation(kind, delegator.id(), delegate.id(), from, until);
    }

    private RequestDelegation ask(UserProfile delegator, UserProfile delegate, Instant from, Instant until) {
        return new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, delegator.id(), delegate.id(), from, until, null);
    }

    private Delegation digital(UserProfile delegator, UserProfile delegate, Instant from, Instant until) {
        return h.accepted(delegator, ask(delegator, delegate, from, until));
    }

    @Nested
    @DisplayName("R-DEL-1 parents and guardians act for a minor or a person under guardianship")
    class ParentsAndGuardians {
        @Test
        @DisplayName("R-DEL-1 a parent acts for a minor in everything until the 18th birthday")
        void aParentActsUntilTheEighteenthBirthday() {
            LocalDate birth = LocalDate.of(2010, 5, 20);
            UserProfile minor = h.citizenBorn(birth);
            UserProfile parent = h.citizen();
            Delegation d = h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                    minor.id(), parent.id(), null, Instant.parse("2040-01-01T00:00:00Z"),
                    DelegationKind.PARENTAL_RESPONSIBILITY.operations()));
            assertThat(d.status()).as("granted by a service: active at once").isEqualTo(DelegationStatus.ACTIVE);
            Instant adulthood = birth.plusYears(18).atStartOfDay(ROME).toInstant();
            assertThat(d.validUntil()).isEqualTo(adulthood);
            Principal forMinor = as(parent).actingFor(minor.id());
            UserProfile updated = h.sdk.users().update(forMinor, new UpdateProfile(minor.id(), 0, null, null, Language.EN));
            assertThat(updated.language()).isEqualTo(Language.EN);
            h.sdk.users().addContact(forMinor, new AddContact(minor.id(), ContactKind.EMAIL, h.data.email()));
            h.sdk.users().recordConsent(forMinor, new RecordConsent(minor.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
            assertThat(h.audit(minor.id())).filteredOn(a -> a.action().equals("USER_UPDATED")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.actor()).isEqualTo(parent.id());
                        assertThat(a.onBehalfOf()).isEqualTo(minor.id());
                        assertThat(a.delegation()).isEqualTo(d.id());
                    });
            h.clock.set(adulthood.minusSeconds(1));
            assertThat(h.sdk.users().get(forMinor, minor.id()).id()).isEqualTo(minor.id());
            h.clock.set(adulthood);
            fails(() -> h.sdk.users().get(forMinor, minor.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        }

        @Test
        @DisplayName("R-DEL-1 only a service grants parental responsibility, and only for a minor citizen")
        void onlyAServiceGrantsParentalResponsibility() {
            UserProfile minor = h.citizenBorn(LocalDate.of(2012, 1, 1));
            UserProfile parent = h.citizen();
            UserProfile adult = h.citizen();
            fails(() -> h.sdk.delegations().grant(as(parent), grant(DelegationKind.PARENTAL_RESPONSIBILITY, minor, parent,
                    null, MONTH)), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.delegations().grant(as(minor), grant(DelegationKind.PARENTAL_RESPONSIBILITY, minor, parent,
                    null, MONTH)), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.delegations().request(as(minor), new RequestDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                    minor.id(), parent.id(), null, MONTH, null)), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.delegations().grant(PORTAL, grant(DelegationKind.PARENTAL_RESPONSIBILITY, adult, parent, null,
                    MONTH)), ErrorCode.DEL_NOT_A_MINOR);
            fails(() -> h.sdk.delegations().grant(PORTAL, grant(DelegationKind.PARENTAL_RESPONSIBILITY, h.company(), parent,
                    null, MONTH)), ErrorCode.DEL_PARTIES_MISMATCH);
            assertThat(h.sdk.delegations().of(PORTAL, minor.id())).isEmpty();
        }

        @Test
        @DisplayName("R-DEL-1 a guardian granted by a service acts for an adult, consents included when the scope names them")
        void aGuardianActsForAnAdult() {
            UserProfile ward = h.citizen();
            UserProfile guardian = h.citizen();
            fails(() -> h.sdk.delegations().grant(as(ward), grant(DelegationKind.GUARDIANSHIP, ward, guardian, null, MONTH)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.GUARDIANSHIP, ward.id(), guardian.id(), null,
                    MONTH, Set.of(Operation.USER_READ, Operation.CONSENT_RECORD, Operation.CONSENT_READ)));
            Principal forWard = as(guardian).actingFor(ward.id());
            assertThat(h.sdk.users().recordConsent(forWard, new RecordConsent(ward.id(), Channel.EMAIL,
                    ConsentChoice.PROACTIVE_OPT_IN)).history()).singleElement()
                    .satisfies(c -> assertThat(c.onBehalfOf()).isEqualTo(ward.id()));
        }
    }

    @Nested
    @DisplayName("R-DEL-2 a person delegates a trusted person for a validity period, and may revoke")
    class DigitalIdentity {
        @Test
        @DisplayName("R-DEL-2 a delegation works only inside its validity period")
        void aDelegationWorksOnlyInsideItsPeriod() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Instant from = START.plus(Duration.ofDays(2));
            Delegation d = digital(maria, luca, from, MONTH);
            assertThat(d.validFrom()).isEqualTo(from);
            Principal forMaria = as(luca).actingFor(maria.id());
            fails(() -> h.sdk.users().get(forMaria, maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            h.clock.set(from);
            assertThat(h.sdk.users().get(forMaria, maria.id()).id()).isEqualTo(maria.id());
            h.clock.set(MONTH);
            fails(() -> h.sdk.users().get(forMaria, maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        }

        @Test
        @DisplayName("R-DEL-2 a trusted person uses the services but not the profile, contacts, consents or delegations")
        void aTrustedPersonDoesNotChangeTheProfile() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Delegation d = digital(maria, luca, null, MONTH);
            Principal forMaria = as(luca).actingFor(maria.id());
            assertThat(h.sdk.notifications().inbox(forMaria, maria.id(), PageRequest.first(5)).items())
                    .as("the delegate reads Maria's inbox: the two notices of the delegation itself")
                    .extracting(n -> n.kind().code()).containsExactlyInAnyOrder("DELEGATION_REQUESTED", "DELEGATION_ACTIVE");
            fails(() -> h.sdk.users().update(forMaria, new UpdateProfile(maria.id(), 0, "Luca", null, null)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().addContact(forMaria, new AddContact(maria.id(), ContactKind.EMAIL, h.data.email())),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.users().recordConsent(forMaria, new RecordConsent(maria.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.delegations().request(forMaria, ask(maria, h.citizen(), null, MONTH)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            assertThat(h.sdk.users().get(PORTAL, maria.id()).name()).isEqualTo("Maria Rossi");
            assertThat(h.sdk.users().get(PORTAL, maria.id()).contacts()).isEmpty();
            assertThat(h.denials(maria.id())).hasSize(4).allSatisfy(a -> assertThat(a.delegation()).isEqualTo(d.id()));
        }

        @Test
        @DisplayName("R-DEL-2 either party revokes once; afterwards the delegate is refused; strangers cannot revoke")
        void aDelegationIsRevoked() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            UserProfile stranger = h.citizen();
            Delegation d = digital(maria, luca, null, MONTH);
            fails(() -> h.sdk.delegations().revoke(as(stranger), new RevokeDelegation(d.id(), d.version())),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.delegations().revoke(as(stranger), new RevokeDelegation(d.id(), d.version() + 5)),
                    ErrorCode.ACCESS_NOT_OWNER);
            h.clock.advance(Duration.ofHours(1));
            Delegation revoked = h.sdk.delegations().revoke(as(luca), new RevokeDelegation(d.id(), d.version()));
            assertThat(revoked.revokedAt()).isEqualTo(h.clock.instant());
            fails(() -> h.sdk.users().get(as(luca).actingFor(maria.id()), maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            fails(() -> h.sdk.delegations().revoke(as(maria), new RevokeDelegation(d.id(), revoked.version())),
                    ErrorCode.DEL_ALREADY_REVOKED);
            fails(() -> h.sdk.delegations().revoke(as(maria), new RevokeDelegation(d.id(), d.version())),
                    ErrorCode.CONCURRENT_MODIFICATION);
            fails(() -> h.sdk.delegations().revoke(as(maria), new RevokeDelegation(new DelegationId(UUID.randomUUID()), 0)),
                    ErrorCode.DEL_NOT_FOUND);
            assertThat(h.sdk.delegations().of(as(maria), maria.id())).extracting(Delegation::revokedAt).doesNotContainNull();
            assertThat(h.audit(d.id())).extracting(AuditEntry::action).contains("DELEGATION_REQUESTED", "DELEGATION_ACCEPTED",
                    "DELEGATION_REVOKED");
        }

        @Test
        @DisplayName("R-DEL-2 bad delegations are refused: to oneself, wrong parties, bad period, overlapping, weak login")
        void badDelegationsAreRefused() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            fails(() -> h.sdk.delegations().request(as(maria), ask(maria, maria, null, MONTH)), ErrorCode.DEL_SELF);
            fails(() -> h.sdk.delegations().request(as(maria), ask(maria, h.intermediary(), null, MONTH)),
                    ErrorCode.DEL_PARTIES_MISMATCH);
            fails(() -> h.sdk.delegations().request(as(maria), ask(maria, luca, null, START.minusSeconds(1))),
                    ErrorCode.DEL_PERIOD_INVALID);
            fails(() -> h.sdk.delegations().request(as(maria), ask(maria, luca, MONTH, MONTH.minusSeconds(1))),
                    ErrorCode.DEL_PERIOD_INVALID);
            fails(() -> h.sdk.delegations().request(as(luca), ask(maria, luca, null, MONTH)), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.delegations().request(Principal.user(maria.id(), Credential.SPID_L1), ask(maria, luca, null,
                    MONTH)), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            digital(maria, luca, null, MONTH);
            fails(() -> h.sdk.delegations().request(as(maria), ask(maria, luca, MONTH.minusSeconds(1),
                    MONTH.plus(Duration.ofDays(30)))), ErrorCode.DEL_DUPLICATE);
            Delegation next = digital(maria, luca, MONTH, MONTH.plus(Duration.ofDays(30)));
            assertThat(next.validFrom()).as("a following period does not overlap").isEqualTo(MONTH);
            assertThat(h.sdk.delegations().of(as(luca), luca.id())).hasSize(2);
            fails(() -> h.sdk.delegations().of(as(h.citizen()), maria.id()), ErrorCode.ACCESS_NOT_OWNER);
        }
    }
}
