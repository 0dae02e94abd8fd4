package dev.sportello.core.internal.delegation;

import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationEvents;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.Delegations;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserKind;
import dev.sportello.users.spi.UserRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delegations and mandates (R-DEL-1…3). Mandates and digital-identity delegations are granted by the
 * delegator themselves (never by someone acting for them) or by a service; parental responsibility
 * and guardianship only by a service that checked the documents. Parental responsibility ends at the
 * minor's 18th birthday at the latest: a longer period is cut there. What each kind lets the delegate do
 * is {@link DelegationKind#covers}, checked by the kernel on every call made on behalf of someone.
 *
 * <p>Thread-safe.
 */
public final class DelegationService implements Delegations {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Kernel kernel;
    private final ObjectAccess access;

    /**
     * Creates the service.
     *
     * @param kernel the kernel
     * @param access the access checks
     */
    public DelegationService(Kernel kernel, ObjectAccess access) {
        this.kernel = kernel;
        this.access = access;
    }

    @Override
    public Delegation grant(Principal principal, GrantDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_GRANT, command, tx -> {
            if (command.delegator().equals(command.delegate())) {
                throw SportelloException.invalidField(ErrorCode.DEL_SELF, "delegate", Map.of());
            }
            boolean service = principal.actor() instanceof ServiceId;
            boolean selfService = EnumSet.of(DelegationKind.MANDATE, DelegationKind.DIGITAL_IDENTITY).contains(command.kind());
            if (!service && !(selfService && principal.actor().equals(command.delegator()) && principal.onBehalfOf() == null)) {
                throw ObjectAccess.notOwner(command.delegator());
            }
            UserRecord delegator = UserRecords.require(tx, command.delegator());
            UserRecord delegate = UserRecords.require(tx, command.delegate());
            checkParties(command.kind(), delegator, delegate);
            Instant from = command.validFrom() == null ? tx.now() : command.validFrom();
            Instant until = command.validUntil();
            if (command.kind() == DelegationKind.PARENTAL_RESPONSIBILITY) {
                TaxCode minor = (TaxCode) delegator.fiscalCode();
                LocalDate coming = minor.birthDate(LocalDate.ofInstant(tx.now(), ROME)).plusYears(18);
                Instant adulthood = coming.atStartOfDay(ROME).toInstant();
                if (!tx.now().isBefore(adulthood)) {
                    throw SportelloException.of(ErrorCode.DEL_NOT_A_MINOR, Map.of("limit", coming.toString()));
                }
                until = until.isAfter(adulthood) ? adulthood : until;
            }
            if (!until.isAfter(from) || !until.isAfter(tx.now())) {
                throw SportelloException.invalidField(ErrorCode.DEL_PERIOD_INVALID, "validUntil", Map.of());
            }
            Instant start = from;
            Instant end = until;
            tx.store(DelegationStore.class).involving(delegator.id()).stream()
                    .filter(d -> d.kind() == command.kind() && d.delegate().equals(delegate.id()) && d.revokedAt() == null
                            && d.validFrom().isBefore(end) && start.isBefore(d.validUntil()))
                    .findFirst().ifPresent(d -> {
                        throw SportelloException.of(ErrorCode.DEL_DUPLICATE, Map.of("kind", d.kind().name(),
                                "delegationId", d.id().toString()));
                    });
            DelegationRecord delegation = DelegationRecord.builder().id(new DelegationId(tx.newUuid()))
                    .kind(command.kind()).delegator(delegator.id()).delegate(delegate.id()).validFrom(from).validUntil(until)
                    .createdBy(principal.actor()).createdAt(tx.now()).version(0).build();
            tx.store(DelegationStore.class).insert(delegation);
            tx.audit("DELEGATION_GRANTED", delegation.id());
            tx.event(DelegationEvents.GRANTED, delegation.id(), Map.of("kind", command.kind().name(),
                    "delegator", delegator.id().toString(), "delegate", delegate.id().toString()));
            return view(delegation);
        });
    }

    private static void checkParties(DelegationKind kind, UserRecord delegator, UserRecord delegate) {
        Set<UserKind> delegators = kind == DelegationKind.MANDATE
                ? EnumSet.of(UserKind.COMPANY, UserKind.CITIZEN) : EnumSet.of(UserKind.CITIZEN);
        UserKind expectedDelegate = kind == DelegationKind.MANDATE ? UserKind.INTERMEDIARY : UserKind.CITIZEN;
        if (!delegators.contains(delegator.kind()) || delegate.kind() != expectedDelegate
                || kind == DelegationKind.PARENTAL_RESPONSIBILITY && !(delegator.fiscalCode() instanceof TaxCode)) {
            throw SportelloException.of(ErrorCode.DEL_PARTIES_MISMATCH, Map.of("kind", kind.name(),
                    "expectedDelegator", delegators.toString(), "expectedDelegate", expectedDelegate.name()));
        }
    }

    @Override
    public Delegation revoke(Principal principal, RevokeDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_REVOKE, command, tx -> {
            DelegationId id = command.delegation();
            DelegationRecord d = tx.store(DelegationStore.class).find(id).orElseThrow(() ->
                    SportelloException.of(ErrorCode.DEL_NOT_FOUND, Map.of("delegationId", id.toString())));
            boolean party = principal.onBehalfOf() == null
                    && (principal.actor().equals(d.delegator()) || principal.actor().equals(d.delegate()));
            if (!party && !(principal.actor() instanceof ServiceId)) {
                throw ObjectAccess.notOwner(id);
            }
            ObjectAccess.requireVersion(id, d.version(), command.expectedVersion());
            if (d.revokedAt() != null) {
                throw SportelloException.of(ErrorCode.DEL_ALREADY_REVOKED, Map.of("delegationId", id.toString()));
            }
            DelegationRecord revoked = d.toBuilder().revokedAt(tx.now()).version(d.version() + 1).build();
            tx.store(DelegationStore.class).update(revoked, d.version());
            tx.audit("DELEGATION_REVOKED", id);
            tx.event(DelegationEvents.REVOKED, id, Map.of("kind", d.kind().name()));
            return view(revoked);
        });
    }

    @Override
    public List<Delegation> of(Principal principal, UserId user) {
        Checks.notNull(user, "of", "user");
        return kernel.execute(principal, Operation.DELEGATION_READ, tx -> {
            access.requireOwner(principal, Operation.DELEGATION_READ, user, user, true);
            return tx.store(DelegationStore.class).involving(user).stream().map(DelegationService::view).toList();
        });
    }

    static Delegation view(DelegationRecord d) {
        return new Delegation(d.id(), d.kind(), d.delegator(), d.delegate(), d.validFrom(), d.validUntil(), d.revokedAt(),
                d.createdBy(), d.createdAt(), d.version());
    }
}
