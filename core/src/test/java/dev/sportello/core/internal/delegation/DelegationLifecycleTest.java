package dev.sportello.core.internal.delegation;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RejectDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.notifications.MessageView;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** A delegation is requested, accepted with a code or rejected, and revoked, each step kept and told (R-DEL-2, R-DEL-3). */
class DelegationLifecycleTest {
    private static final Instant MONTH = START.plus(Duration.ofDays(30));
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private static RequestDelegation digital(UserProfile delegator, UserProfile delegate, Set<Operation> scope) {
        return new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, delegator.id(), delegate.id(), null, MONTH, scope);
    }

    private DelegationRecord stored(Delegation d) {
        return h.read(s -> s.get(DelegationStore.class).find(d.id())).orElseThrow();
    }

    @Nested
    @DisplayName("R-DEL-2 a delegation is requested, then accepted by the delegate with the acceptance code")
    class RequestAndAccept {
        @Test
        @DisplayName("R-DEL-2 pending until accepted: the delegate cannot act; the code is kept hashed and sent to nobody")
        void pendingUntilAccepted() {
            UserProfile maria = h.citizenWithContacts();
            UserProfile luca = h.citizenWithContacts();
            h.channels.clear();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            Delegation pending = requested.delegation();
            assertThat(pending.status()).isEqualTo(DelegationStatus.PENDING);
            assertThat(pending.acceptBy()).isEqualTo(START.plus(Duration.ofDays(7)));
            assertThat(pending.scope()).isEqualTo(DelegationKind.DIGITAL_IDENTITY.defaultScope());
            assertThat(requested.acceptanceCode()).matches("[0-9]{8}");
            assertThat(requested.toString()).doesNotContain(requested.acceptanceCode());
            assertThat(stored(pending).acceptanceCodeHash()).startsWith("sha256$").doesNotContain(requested.acceptanceCode());
            Principal forMaria = as(luca).actingFor(maria.id());
            fails(() -> h.sdk.users().get(forMaria, maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);

            h.clock.advance(Duration.ofHours(2));
            Delegation active = h.sdk.delegations().accept(as(luca), new AcceptDelegation(pending.id(),
                    requested.acceptanceCode()));
            assertThat(active.status()).isEqualTo(DelegationStatus.ACTIVE);
            assertThat(active.acceptBy()).isNull();
            assertThat(active.lifecycle()).containsExactly(
                    new DelegationTransition(DelegationStatus.PENDING, START, maria.id(), null),
                    new DelegationTransition(DelegationStatus.ACTIVE, h.clock.instant(), luca.id(), null));
            assertThat(stored(active).acceptanceCodeHash()).as("the hash is dropped once used").isNull();
            assertThat(h.sdk.users().get(forMaria, maria.id()).id()).isEqualTo(maria.id());
            assertThat(active.allows(Operation.USER_READ, h.clock.instant())).isTrue();
            assertThat(active.allows(Operation.USER_UPDATE, h.clock.instant())).as("outside its scope").isFalse();
            assertThat(active.allows(null, h.clock.instant())).isFalse();
            assertThat(pending.allows(Operation.USER_READ, h.clock.instant())).as("pending").isFalse();
            fails(() -> active.isValidAt(null), ErrorCode.VALUE_REQUIRED);

            h.deliver();
            for (UserProfile party : List.of(maria, luca)) {
                assertThat(h.messages(party)).filteredOn(m -> m.channel() == Channel.INBOX).extracting(m -> m.kind().code())
                        .as("both parties are told of each step").contains("DELEGATION_REQUESTED", "DELEGATION_ACTIVE");
                assertThat(h.smsTo(h.sdk.users().get(PORTAL, party.id()))).hasSize(2);
            }
            assertThat(h.channels.sms()).noneMatch(s -> s.text().contains(requested.acceptanceCode()));
            assertThat(h.channels.emails()).noneMatch(e -> e.text().contains(requested.acceptanceCode()));
        }

        @Test
        @DisplayName("R-DEL-2 the delegate rejects; nothing moves a delegation on once it has ended")
        void theDelegateRejects() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            Delegation rejected = h.sdk.delegations().reject(as(luca), new RejectDelegation(requested.delegation().id(),
                    requested.delegation().version()));
            assertThat(rejected.status()).isEqualTo(DelegationStatus.REJECTED);
            assertThat(rejected.lifecycle()).extracting(DelegationTransition::status, DelegationTransition::by)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DelegationStatus.PENDING, maria.id()),
                            org.assertj.core.groups.Tuple.tuple(DelegationStatus.REJECTED, luca.id()));
            fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(rejected.id(), requested.acceptanceCode())),
                    ErrorCode.DEL_NOT_PENDING);
            fails(() -> h.sdk.delegations().revoke(as(maria), new RevokeDelegation(rejected.id(), rejected.version())),
                    ErrorCode.DEL_ENDED);
            assertThat(h.read(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING, PageRequest.first(200))).items())
                    .as("the expiry task of a rejected delegation is dropped")
                    .noneMatch(e -> e.type().equals("delegation.expiry"));
        }

        @Test
        @DisplayName("R-DEL-2 the delegator withdraws a pending request; the code no longer works")
        void theDelegatorWithdrawsAPendingRequest() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            Delegation revoked = h.sdk.delegations().revoke(as(maria), new RevokeDelegation(requested.delegation().id(), 0));
            assertThat(revoked.status()).isEqualTo(DelegationStatus.REVOKED);
            fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(revoked.id(), requested.acceptanceCode())),
                    ErrorCode.DEL_NOT_PENDING);
        }

        @Test
        @DisplayName("R-DEL-2 a scope covers only what it names; the denial is audited with the delegation")
        void aScopeCoversWhatItNames() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            Delegation d = h.accepted(maria, digital(maria, luca, Set.of(Operation.USER_READ, Operation.REQUEST_READ)));
            assertThat(d.scope()).containsExactlyInAnyOrder(Operation.USER_READ, Operation.REQUEST_READ);
            Principal forMaria = as(luca).actingFor(maria.id());
            assertThat(h.sdk.users().get(forMaria, maria.id()).id()).isEqualTo(maria.id());
            fails(() -> h.sdk.notifications().inbox(forMaria, maria.id(), PageRequest.first(5)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
            assertThat(h.denials(maria.id())).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo(luca.id());
                assertThat(a.onBehalfOf()).isEqualTo(maria.id());
                assertThat(a.delegation()).isEqualTo(d.id());
            });
        }

        @Test
        @DisplayName("R-DEL-1 contacts and consents are in a scope only when named: a parent's default scope leaves them out")
        void contactsAndConsentsOnlyWhenNamed() {
            UserProfile minor = h.citizenBorn(java.time.LocalDate.of(2014, 6, 1));
            UserProfile parent = h.citizen();
            Delegation d = h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                    minor.id(), parent.id(), null, MONTH));
            assertThat(d.scope()).contains(Operation.USER_UPDATE).doesNotContain(Operation.CONTACT_ADD,
                    Operation.CONTACT_VERIFY, Operation.CONSENT_RECORD);
            fails(() -> h.sdk.users().recordConsent(as(parent).actingFor(minor.id()), new dev.sportello.users.RecordConsent(
                    minor.id(), Channel.SMS, dev.sportello.users.ConsentChoice.PROACTIVE_OPT_IN)),
                    ErrorCode.ACCESS_DELEGATION_SCOPE);
        }
    }

    @Nested
    @DisplayName("R-DEL-2 bad input is refused with a stable code and leaves nothing behind")
    class BadInput {
        @Test
        @DisplayName("a wrong code uses up an attempt and changes nothing else; at zero even the right code is refused")
        void aWrongCodeUsesUpAnAttempt() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            String wrong = requested.acceptanceCode().equals("00000000") ? "11111111" : "00000000";
            SportelloException e = fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(
                    requested.delegation().id(), wrong)), ErrorCode.DEL_ACCEPTANCE_CODE_WRONG);
            assertThat(e.details()).containsEntry("attemptsLeft", "4");
            DelegationRecord after = stored(requested.delegation());
            assertThat(after.status()).isEqualTo(DelegationStatus.PENDING);
            assertThat(after.lifecycle()).hasSize(1);
            assertThat(after.attemptsLeft()).isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(requested.delegation().id(), wrong)),
                        ErrorCode.DEL_ACCEPTANCE_CODE_WRONG);
            }
            fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(requested.delegation().id(),
                    requested.acceptanceCode())), ErrorCode.DEL_ACCEPTANCE_ATTEMPTS_EXHAUSTED);
            assertThat(stored(requested.delegation()).status()).isEqualTo(DelegationStatus.PENDING);
            fails(() -> h.sdk.users().get(as(luca).actingFor(maria.id()), maria.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        }

        @Test
        @DisplayName("the code no longer works after the acceptance deadline; the task then marks the delegation expired")
        void theCodeExpires() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            h.clock.set(requested.delegation().acceptBy());
            fails(() -> h.sdk.delegations().accept(as(luca), new AcceptDelegation(requested.delegation().id(),
                    requested.acceptanceCode())), ErrorCode.DEL_ACCEPTANCE_CODE_EXPIRED);
            assertThat(stored(requested.delegation()).version()).as("nothing stored").isEqualTo(0);
            h.deliver();
            assertThat(stored(requested.delegation()).lifecycle()).last().satisfies(t -> {
                assertThat(t.status()).isEqualTo(DelegationStatus.EXPIRED);
                assertThat(t.reason()).isEqualTo(dev.sportello.delegation.ExpiryReason.NOT_ACCEPTED_IN_TIME);
            });
        }

        @Test
        @DisplayName("only the delegate accepts or rejects: anyone else is denied, audited, and spends no attempt")
        void onlyTheDelegateAccepts() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            UserProfile stranger = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            AcceptDelegation right = new AcceptDelegation(requested.delegation().id(), requested.acceptanceCode());
            fails(() -> h.sdk.delegations().accept(as(stranger), right), ErrorCode.DEL_NOT_THE_DELEGATE);
            fails(() -> h.sdk.delegations().accept(as(maria), right), ErrorCode.DEL_NOT_THE_DELEGATE);
            fails(() -> h.sdk.delegations().reject(as(stranger), new RejectDelegation(right.delegation(), 0)),
                    ErrorCode.DEL_NOT_THE_DELEGATE);
            fails(() -> h.sdk.delegations().accept(as(stranger).actingFor(luca.id()), right), ErrorCode.ACCESS_DELEGATION_MISSING);
            DelegationRecord after = stored(requested.delegation());
            assertThat(after.status()).isEqualTo(DelegationStatus.PENDING);
            assertThat(after.attemptsLeft()).isEqualTo(5);
            assertThat(h.denials(requested.delegation().id())).hasSize(3)
                    .allSatisfy(a -> assertThat(a.errorCode()).isEqualTo(ErrorCode.DEL_NOT_THE_DELEGATE));
            assertThat(h.sdk.delegations().accept(as(luca), right).status()).isEqualTo(DelegationStatus.ACTIVE);
        }

        @Test
        @DisplayName("an overlapping delegation of the same kind between the same users, pending or active, is refused")
        void anOverlapIsRefused() {
            UserProfile maria = h.citizen();
            UserProfile luca = h.citizen();
            h.sdk.delegations().request(as(maria), digital(maria, luca, null));
            fails(() -> h.sdk.delegations().request(as(maria), digital(maria, luca, Set.of(Operation.USER_READ))),
                    ErrorCode.DEL_DUPLICATE);
            fails(() -> h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.DIGITAL_IDENTITY, maria.id(),
                    luca.id(), START.plus(Duration.ofDays(3)), MONTH.plus(Duration.ofDays(3)))), ErrorCode.DEL_DUPLICATE);
            assertThat(h.sdk.delegations().of(PORTAL, maria.id())).hasSize(1);
            UserProfile consultant = h.intermediary();
            assertThat(h.mandate(maria, consultant).kind()).as("another kind does not overlap").isEqualTo(DelegationKind.MANDATE);
        }

        @Test
        @DisplayName("a scope naming an operation its kind cannot cover, or naming none, is refused on the field scope")
        void aScopeBeyondTheKindIsRefused() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            SportelloException e = fails(() -> h.sdk.delegations().request(as(company), new RequestDelegation(
                    DelegationKind.MANDATE, company.id(), consultant.id(), null, MONTH, Set.of(Operation.REQUEST_SUBMIT,
                    Operation.CONSENT_RECORD))), ErrorCode.DEL_SCOPE_NOT_COVERED);
            assertThat(e.details()).containsEntry("field", "scope").containsEntry("operation", "CONSENT_RECORD");
            fails(() -> h.sdk.delegations().request(as(company), new RequestDelegation(DelegationKind.MANDATE, company.id(),
                    consultant.id(), null, MONTH, Set.of(Operation.DELEGATION_ACCEPT))), ErrorCode.DEL_SCOPE_NOT_COVERED);
            SportelloException empty = fails(() -> h.sdk.delegations().request(as(company), new RequestDelegation(
                    DelegationKind.MANDATE, company.id(), consultant.id(), null, MONTH, Set.of())), ErrorCode.DEL_SCOPE_EMPTY);
            assertThat(empty.details()).containsEntry("field", "scope");
            assertThat(h.sdk.delegations().of(PORTAL, company.id())).isEmpty();
            assertThat(h.read(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING, PageRequest.first(200))).items())
                    .extracting(OutboxEntry::type).doesNotContain("delegation.expiry", "DELEGATION_REQUESTED");
        }

        @Test
        @DisplayName("R-DEL-1 parental responsibility for an adult is refused and stores nothing")
        void parentalResponsibilityForAnAdult() {
            UserProfile adult = h.citizen();
            UserProfile parent = h.citizen();
            SportelloException e = fails(() -> h.sdk.delegations().grant(PORTAL, new GrantDelegation(
                    DelegationKind.PARENTAL_RESPONSIBILITY, adult.id(), parent.id(), null, MONTH)), ErrorCode.DEL_NOT_A_MINOR);
            assertThat(e.details()).containsKey("limit");
            assertThat(h.sdk.delegations().of(PORTAL, adult.id())).isEmpty();
            assertThat(h.sdk.delegations().of(PORTAL, parent.id())).isEmpty();
            List<MessageView> told = h.messages(parent);
            assertThat(told).isEmpty();
        }
    }
}
