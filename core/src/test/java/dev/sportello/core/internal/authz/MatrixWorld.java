package dev.sportello.core.internal.authz;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.UserId;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One cell's world: a real SDK over the memory storage (core's {@link CoreFixture} on {@link MatrixOffices}), the
 * party whose objects the call targets ({@link MatrixParty}), and the principal of the cell's kind with whatever
 * delegation, mandate or service grant makes it that kind for the method's operations. A world serves one call, so
 * no cell sees what another one changed.
 *
 * <p>Not thread-safe; close it after the call.
 */
final class MatrixWorld implements AutoCloseable {
    /** The service granted exactly the method's operations. */
    static final String GRANTED = "matrix-granted";
    /** The service granted every other operation. */
    static final String UNGRANTED = "matrix-ungranted";

    final CoreFixture h;
    final MatrixParty party;
    /** The fragile-users channel's objects of a citizen owner, for the channel's methods; else null. */
    final MatrixFragile fragile;
    final Principal principal;

    /**
     * Builds the world of a cell.
     *
     * @param operations the operations the method needs (the service and delegation grants follow them)
     * @param kind       the principal's kind
     */
    MatrixWorld(Set<Operation> operations, PrincipalKind kind) {
        Set<Operation> others = EnumSet.allOf(Operation.class);
        others.removeAll(operations);
        h = new CoreFixture(b -> b.officeDirectory(new MatrixOffices()).serviceGrants(ServiceGrants.builder()
                .grant("portal", EnumSet.allOf(Operation.class)).grant(GRANTED, operations).grant(UNGRANTED, others)
                .build()).fragileUsers(MatrixFragile::settings));
        UserProfile filler = h.citizen();
        h.sdk.appointments().book(CoreFixture.cie(filler), BookAppointment.of(h.key(), TestOffices.ROMA,
                MatrixOffices.ONE_SEAT.code(), ContactMode.IN_PERSON, CoreFixture.rome("2026-11-24T09:00")));
        party = kind.forCompany() ? MatrixParty.company(h) : MatrixParty.citizen(h);
        fragile = kind.forCompany() || operations.stream().noneMatch(o -> o.area().equals("fragile")) ? null
                : MatrixFragile.of(h, party.user());
        principal = principal(kind, operations);
        h.deliver();
    }

    private Principal principal(PrincipalKind kind, Set<Operation> operations) {
        UserId owner = party.user().id();
        return switch (kind) {
            case OWNER -> cie(owner);
            case STRANGER -> cie(h.citizen().id());
            case DELEGATE -> delegate(operations);
            case DELEGATE_OUT_OF_SCOPE -> {
                Set<Operation> scope = EnumSet.copyOf(DelegationKind.DIGITAL_IDENTITY.defaultScope());
                scope.removeAll(operations);
                UserProfile delegate = h.citizen();
                h.accepted(party.user(), digitalIdentity(delegate, until(60), scope));
                yield cie(delegate.id()).actingFor(owner);
            }
            case DELEGATE_PENDING -> {
                UserProfile delegate = h.citizen();
                h.sdk.delegations().request(CoreFixture.as(party.user()), digitalIdentity(delegate, until(60),
                        covered(DelegationKind.DIGITAL_IDENTITY, operations)));
                yield cie(delegate.id()).actingFor(owner);
            }
            case DELEGATE_EXPIRED -> {
                UserProfile delegate = h.citizen();
                h.accepted(party.user(), digitalIdentity(delegate, h.clock.instant().plus(Duration.ofHours(1)),
                        covered(DelegationKind.DIGITAL_IDENTITY, operations)));
                h.clock.advance(Duration.ofHours(2));
                h.deliver();   // the expiry task runs: the delegation is EXPIRED
                yield cie(delegate.id()).actingFor(owner);
            }
            case DELEGATE_REVOKED -> {
                UserProfile delegate = h.citizen();
                Delegation active = h.accepted(party.user(), digitalIdentity(delegate, until(60),
                        covered(DelegationKind.DIGITAL_IDENTITY, operations)));
                h.sdk.delegations().revoke(CoreFixture.as(party.user()), new RevokeDelegation(active.id(), active.version()));
                yield cie(delegate.id()).actingFor(owner);
            }
            case INTERMEDIARY -> {
                UserProfile consultant = h.intermediary();
                h.mandate(party.user(), consultant);
                yield cie(consultant.id()).actingFor(owner);
            }
            case INTERMEDIARY_UNMANDATED -> {
                UserProfile consultant = h.intermediary();
                h.mandate(h.company(), consultant);   // a mandate, but from another company
                yield cie(consultant.id()).actingFor(owner);
            }
            case FRONT_OFFICE -> CoreFixture.FRONT_OFFICE;
            case BACK_OFFICE -> CoreFixture.BACK_OFFICE;
            case SUPERVISOR -> CoreFixture.SUPERVISOR;
            case OTHER_OFFICE -> CoreFixture.CAGLIARI;
            case SERVICE -> Principal.service(GRANTED);
            case SERVICE_UNGRANTED -> Principal.service(UNGRANTED);
        };
    }

    /** The most ordinary delegation that covers the operations, scoped to exactly them (see {@link PrincipalKind#DELEGATE}). */
    private Principal delegate(Set<Operation> operations) {
        UserProfile delegate = h.citizen();
        if (operations.stream().allMatch(DelegationKind.DIGITAL_IDENTITY::covers)) {
            h.accepted(party.user(), digitalIdentity(delegate, until(60), operations));
        } else if (operations.stream().allMatch(DelegationKind.GUARDIANSHIP::covers)) {
            h.sdk.delegations().grant(CoreFixture.PORTAL, new GrantDelegation(DelegationKind.GUARDIANSHIP,
                    party.user().id(), delegate.id(), null, until(60), operations));
        } else {
            h.accepted(party.user(), digitalIdentity(delegate, until(60), null));
        }
        return cie(delegate.id()).actingFor(party.user().id());
    }

    /** The operations a kind may cover, or null (the kind's default scope) if it covers none of them. */
    private static Set<Operation> covered(DelegationKind kind, Set<Operation> operations) {
        Set<Operation> scope = EnumSet.noneOf(Operation.class);
        operations.stream().filter(kind::covers).forEach(scope::add);
        return scope.isEmpty() ? null : scope;
    }

    private RequestDelegation digitalIdentity(UserProfile delegate, Instant until, Set<Operation> scope) {
        return new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, party.user().id(), delegate.id(), null, until, scope);
    }

    private Instant until(int days) {
        return h.clock.instant().plus(Duration.ofDays(days));
    }

    private static Principal cie(UserId user) {
        return Principal.user(user, Credential.CIE);
    }

    @Override
    public void close() {
        h.close();
    }
}
