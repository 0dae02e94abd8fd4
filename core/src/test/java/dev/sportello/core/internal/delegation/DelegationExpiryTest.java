package dev.sportello.core.internal.delegation;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.notifications.MessageView;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Delegations end by time as scheduled tasks, with their reason; and who can act for whom (R-DEL-1…3). */
class DelegationExpiryTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ServiceId SDK = new ServiceId("sportello");
    private final CoreFixture h = new CoreFixture(b -> b.delegations(d -> d.comingOfAgeNotice(Duration.ofDays(10))));

    @AfterEach
    void close() {
        h.close();
    }

    private Delegation read(Delegation d) {
        return h.sdk.delegations().of(PORTAL, d.delegator()).stream().filter(x -> x.id().equals(d.id())).findFirst()
                .orElseThrow();
    }

    private List<String> inboxKinds(UserProfile user) {
        return h.messages(user).stream().filter(m -> m.channel() == Channel.INBOX).map(m -> m.kind().code()).toList();
    }

    @Nested
    @DisplayName("R-DEL-2 a delegation expires at the end of its validity, as a task that is safe to run again")
    class Expiry {
        @Test
        @DisplayName("R-DEL-2 at the end of its validity the task marks it expired, by the SDK, and tells both parties")
        void theValidityEnds() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Instant until = START.plus(Duration.ofDays(20));
            Delegation d = h.accepted(maria, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(),
                    null, until, null));
            h.clock.set(until.minusSeconds(1));
            h.deliver();
            assertThat(read(d).status()).as("not before its time").isEqualTo(DelegationStatus.ACTIVE);
            h.clock.set(until.plus(Duration.ofHours(3)));
            h.deliver();
            Delegation expired = read(d);
            assertThat(expired.status()).isEqualTo(DelegationStatus.EXPIRED);
            assertThat(expired.lifecycle()).last().isEqualTo(new DelegationTransition(DelegationStatus.EXPIRED,
                    h.clock.instant(), SDK, ExpiryReason.VALIDITY_ENDED));
            h.clock.advance(Duration.ofDays(1));
            h.deliver();
            assertThat(read(d).lifecycle()).as("nothing runs twice").hasSize(3);
            assertThat(inboxKinds(maria)).containsOnlyOnce("DELEGATION_EXPIRED");
            assertThat(inboxKinds(luca)).containsOnlyOnce("DELEGATION_EXPIRED");
            assertThat(h.audit(d.id())).last().satisfies(a -> assertThat(a.action()).isEqualTo("DELEGATION_EXPIRED"));
        }

        @Test
        @DisplayName("R-DEL-2 a revoked delegation's expiry does nothing: its task was dropped with the revocation")
        void aRevokedDelegationDoesNotExpire() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Instant until = START.plus(Duration.ofDays(5));
            Delegation d = h.accepted(maria, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(),
                    null, until, null));
            Delegation revoked = h.sdk.delegations().revoke(as(maria), new RevokeDelegation(d.id(), d.version()));
            h.clock.set(until.plusSeconds(1));
            h.deliver();
            assertThat(read(d)).isEqualTo(revoked);
        }

        @Test
        @DisplayName("R-DEL-2 once accepted, the acceptance deadline passes without effect; the validity decides")
        void theAcceptanceDeadlineNoLongerMatters() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Delegation d = h.accepted(maria, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, maria.id(), luca.id(),
                    null, START.plus(Duration.ofDays(20)), null));
            h.clock.set(START.plus(Duration.ofDays(8)));
            h.deliver();
            assertThat(read(d)).isEqualTo(d);
            assertThat(h.sdk.users().get(as(luca).actingFor(maria.id()), maria.id()).id()).isEqualTo(maria.id());
        }
    }

    @Nested
    @DisplayName("R-DEL-1 parental responsibility ends at 18, with notices to the parent and the new adult before and at it")
    class ComingOfAge {
        @Test
        @DisplayName("R-DEL-1 granted by a service, active at once; a notice the configured lead time before; expired at 18")
        void parentalResponsibilityEndsAtEighteen() {
            LocalDate birth = START.atZone(ROME).toLocalDate().minusYears(18).plusDays(40);
            UserProfile minor = h.citizenBorn(birth);
            UserProfile parent = h.citizen();
            Delegation d = h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                    minor.id(), parent.id(), null, Instant.parse("2040-01-01T00:00:00Z")));
            Instant adulthood = birth.plusYears(18).atStartOfDay(ROME).toInstant();
            assertThat(d.status()).isEqualTo(DelegationStatus.ACTIVE);
            assertThat(d.validUntil()).isEqualTo(adulthood);
            assertThat(d.lifecycle()).containsExactly(new DelegationTransition(DelegationStatus.ACTIVE, START, PORTAL.actor(),
                    null));
            h.clock.set(adulthood.minus(Duration.ofDays(10)).minusSeconds(1));
            h.deliver();
            assertThat(inboxKinds(minor)).doesNotContain("DELEGATION_ENDING");
            h.clock.set(adulthood.minus(Duration.ofDays(10)));
            h.deliver();
            assertThat(inboxKinds(minor)).containsOnlyOnce("DELEGATION_ENDING");
            assertThat(inboxKinds(parent)).containsOnlyOnce("DELEGATION_ENDING");
            assertThat(h.sdk.users().get(as(parent).actingFor(minor.id()), minor.id()).id()).isEqualTo(minor.id());
            h.clock.set(adulthood);
            fails(() -> h.sdk.users().get(as(parent).actingFor(minor.id()), minor.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            h.deliver();
            Delegation ended = read(d);
            assertThat(ended.status()).isEqualTo(DelegationStatus.EXPIRED);
            assertThat(ended.lifecycle()).last().satisfies(t -> assertThat(t.reason()).isEqualTo(ExpiryReason.CAME_OF_AGE));
            assertThat(inboxKinds(minor)).containsOnlyOnce("DELEGATION_EXPIRED");
            assertThat(inboxKinds(parent)).containsOnlyOnce("DELEGATION_EXPIRED");
            List<MessageView> expiredToAdult = h.messages(minor).stream()
                    .filter(m -> m.kind().code().equals("DELEGATION_EXPIRED")).toList();
            assertThat(expiredToAdult).isNotEmpty();
        }

        @Test
        @DisplayName("R-DEL-1 guardianship has its own validity and expires at its end, not at an age")
        void guardianshipHasItsOwnValidity() {
            UserProfile ward = h.citizen();
            UserProfile guardian = h.citizen();
            Instant until = START.plus(Duration.ofDays(400));
            Delegation d = h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.GUARDIANSHIP, ward.id(),
                    guardian.id(), null, until));
            assertThat(d.validUntil()).isEqualTo(until);
            h.clock.set(until);
            h.deliver();
            assertThat(read(d).lifecycle()).last().satisfies(t -> assertThat(t.reason()).isEqualTo(ExpiryReason.VALIDITY_ENDED));
            assertThat(inboxKinds(ward)).doesNotContain("DELEGATION_ENDING");
        }
    }

    @Nested
    @DisplayName("R-DEL-3 whom can I act for, and who can act for me, a page at a time")
    class WhoActsForWhom {
        @Test
        @DisplayName("R-DEL-3 an intermediary acts for many companies, a company has several intermediaries; pages are stable")
        void manyToMany() {
            UserProfile consultant = h.intermediary();
            UserProfile other = h.intermediary();
            List<UserProfile> companies = List.of(h.company(), h.company(), h.company());
            List<Delegation> mandates = new ArrayList<>();
            companies.forEach(c -> mandates.add(h.mandate(c, consultant)));
            h.mandate(companies.get(0), other);
            h.sdk.delegations().request(as(companies.get(1)), new RequestDelegation(DelegationKind.MANDATE,
                    companies.get(1).id(), other.id(), null, START.plus(Duration.ofDays(9)), null));
            Page<Delegation> first = h.sdk.delegations().actingFor(as(consultant), consultant.id(), PageRequest.first(2));
            Page<Delegation> second = h.sdk.delegations().actingFor(as(consultant), consultant.id(),
                    PageRequest.first(2).after(first));
            List<Delegation> all = new ArrayList<>(first.items());
            all.addAll(second.items());
            assertThat(all).extracting(Delegation::id).containsExactlyElementsOf(mandates.stream().map(Delegation::id)
                    .sorted(java.util.Comparator.comparing(Object::toString)).toList());
            assertThat(second.hasNext()).isFalse();
            assertThat(all).allSatisfy(m -> assertThat(m.scope()).isEqualTo(DelegationKind.MANDATE.defaultScope()));
            assertThat(h.sdk.delegations().actingForMe(as(companies.get(0)), companies.get(0).id(), PageRequest.first(10))
                    .items()).extracting(Delegation::delegate).containsExactlyInAnyOrder(consultant.id(), other.id());
            assertThat(h.sdk.delegations().actingFor(as(other), other.id(), PageRequest.first(10)).items())
                    .as("a pending mandate is not one to act on").hasSize(1);
            h.sdk.delegations().revoke(as(consultant), new RevokeDelegation(mandates.get(2).id(), mandates.get(2).version()));
            assertThat(h.sdk.delegations().actingFor(as(consultant), consultant.id(), PageRequest.first(10)).items())
                    .hasSize(2);
            fails(() -> h.sdk.delegations().actingFor(as(other), consultant.id(), PageRequest.first(10)),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.delegations().actingFor(as(consultant), consultant.id(), new PageRequest(5, "not-a-cursor")),
                    ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
