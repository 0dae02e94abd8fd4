package dev.sportello.core.internal.delegation;

import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.DelegationSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Secrets;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.Delegations;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RejectDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;

import java.util.List;
import java.util.Map;

/**
 * Delegations and mandates (R-DEL-1…3), after SEND's mandates. Digital-identity delegations and mandates
 * are requested by the delegator themselves (never by someone acting for them) and stay pending until the
 * delegate accepts them with the acceptance code (stored as a salted hash, limited attempts, a deadline);
 * parental responsibility, guardianship, and any delegation registered at the counter are granted by a
 * service that checked the documents, active at once. Parental responsibility ends at the minor's 18th
 * birthday at the latest. What a delegation lets its delegate do is its scope, checked by the kernel on
 * every call made on behalf of someone.
 *
 * <p>Thread-safe.
 */
public final class DelegationService implements Delegations {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final DelegationLifecycle lifecycle;
    private final DelegationSettings settings;

    /**
     * Creates the service.
     *
     * @param kernel    the kernel
     * @param access    the access checks
     * @param lifecycle the transitions
     * @param settings  the settings
     */
    DelegationService(Kernel kernel, ObjectAccess access, DelegationLifecycle lifecycle, DelegationSettings settings) {
        this.kernel = kernel;
        this.access = access;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    @Override
    public DelegationRequested request(Principal principal, RequestDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_GRANT, command, tx -> {
            if (command.kind() != DelegationKind.MANDATE && command.kind() != DelegationKind.DIGITAL_IDENTITY) {
                throw ObjectAccess.roleRequired(Operation.DELEGATION_GRANT, "a service principal that checked the documents",
                        command.delegator());
            }
            if (!principal.actor().equals(command.delegator())) {
                throw ObjectAccess.notOwner(command.delegator());
            }
            DelegationRules.Checked checked = DelegationRules.check(tx, command.kind(), command.delegator(),
                    command.delegate(), command.validFrom(), command.validUntil(), command.scope());
            String code = Secrets.numericCode(settings.codeDigits());
            DelegationRecord pending = base(tx, command.kind(), checked).status(DelegationStatus.PENDING)
                    .lifecycle(DelegationLifecycle.first(tx, DelegationStatus.PENDING)).acceptanceCodeHash(Secrets.hash(code))
                    .acceptBy(tx.now().plus(settings.acceptanceWindow())).attemptsLeft(settings.codeAttempts()).build();
            lifecycle.requested(tx, pending);
            return new DelegationRequested(view(pending), code);
        });
    }

    @Override
    public Delegation accept(Principal principal, AcceptDelegation command) {
        return kernel.executeSpendingAnAttempt(principal, Operation.DELEGATION_ACCEPT, command, tx -> {
            DelegationRecord d = pendingForDelegate(tx, principal, command.delegation());
            if (d.attemptsLeft() <= 0) {
                throw SportelloException.of(ErrorCode.DEL_ACCEPTANCE_ATTEMPTS_EXHAUSTED, Map.of("delegationId",
                        d.id().toString()));
            }
            if (!tx.now().isBefore(d.acceptBy()) || !tx.now().isBefore(d.validUntil())) {
                throw SportelloException.of(ErrorCode.DEL_ACCEPTANCE_CODE_EXPIRED, Map.of("expiredAt",
                        (d.acceptBy().isBefore(d.validUntil()) ? d.acceptBy() : d.validUntil()).toString()));
            }
            if (!Secrets.matches(command.code(), d.acceptanceCodeHash())) {
                DelegationRecord spent = lifecycle.wrongCode(tx, d);
                tx.failAfterCommit(SportelloException.of(ErrorCode.DEL_ACCEPTANCE_CODE_WRONG,
                        Map.of("attemptsLeft", Integer.toString(spent.attemptsLeft()))));
                return view(spent);
            }
            return view(lifecycle.accepted(tx, d));
        });
    }

    @Override
    public Delegation reject(Principal principal, RejectDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_ACCEPT, command, tx -> {
            DelegationRecord d = find(tx, command.delegation());
            requireDelegate(principal, d);
            ObjectAccess.requireVersion(d.id(), d.version(), command.expectedVersion());
            requirePending(d);
            return view(lifecycle.rejected(tx, d));
        });
    }

    @Override
    public Delegation grant(Principal principal, GrantDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_GRANT, command, tx -> {
            if (!(principal.actor() instanceof ServiceId)) {
                throw ObjectAccess.roleRequired(Operation.DELEGATION_GRANT, "a service principal that checked the documents",
                        command.delegator());
            }
            DelegationRules.Checked checked = DelegationRules.check(tx, command.kind(), command.delegator(),
                    command.delegate(), command.validFrom(), command.validUntil(), command.scope());
            DelegationRecord active = base(tx, command.kind(), checked).status(DelegationStatus.ACTIVE)
                    .lifecycle(DelegationLifecycle.first(tx, DelegationStatus.ACTIVE)).build();
            lifecycle.granted(tx, active, checked.delegator());
            return view(active);
        });
    }

    @Override
    public Delegation revoke(Principal principal, RevokeDelegation command) {
        return kernel.execute(principal, Operation.DELEGATION_REVOKE, command, tx -> {
            DelegationRecord d = find(tx, command.delegation());
            boolean party = principal.onBehalfOf() == null
                    && (principal.actor().equals(d.delegator()) || principal.actor().equals(d.delegate()));
            if (!party && !(principal.actor() instanceof ServiceId)) {
                throw ObjectAccess.notOwner(d.id());
            }
            ObjectAccess.requireVersion(d.id(), d.version(), command.expectedVersion());
            if (d.status() == DelegationStatus.REVOKED) {
                throw SportelloException.of(ErrorCode.DEL_ALREADY_REVOKED, Map.of("delegationId", d.id().toString()));
            }
            if (d.status().isFinal()) {
                throw SportelloException.of(ErrorCode.DEL_ENDED, Map.of("delegationId", d.id().toString(),
                        "status", d.status().name()));
            }
            return view(lifecycle.revoked(tx, d));
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

    @Override
    public Page<Delegation> actingFor(Principal principal, UserId delegate, PageRequest page) {
        Checks.notNull(delegate, "actingFor", "delegate");
        return kernel.execute(principal, Operation.DELEGATION_READ, page, tx -> {
            access.requireOwner(principal, Operation.DELEGATION_READ, delegate, delegate, true);
            return views(tx.store(DelegationStore.class).activeForDelegate(delegate, tx.now(), page));
        });
    }

    @Override
    public Page<Delegation> actingForMe(Principal principal, UserId delegator, PageRequest page) {
        Checks.notNull(delegator, "actingForMe", "delegator");
        return kernel.execute(principal, Operation.DELEGATION_READ, page, tx -> {
            access.requireOwner(principal, Operation.DELEGATION_READ, delegator, delegator, true);
            return views(tx.store(DelegationStore.class).activeForDelegator(delegator, tx.now(), page));
        });
    }

    private static DelegationRecord.Builder base(Tx tx, DelegationKind kind,
                                                 DelegationRules.Checked checked) {
        return DelegationRecord.builder().id(new DelegationId(tx.newUuid())).kind(kind).delegator(checked.delegator().id())
                .delegate(checked.delegate().id()).validFrom(checked.from()).validUntil(checked.until())
                .scope(checked.scope()).createdBy(tx.principal().actor()).createdAt(tx.now()).version(0);
    }

    private static DelegationRecord pendingForDelegate(Tx tx, Principal principal,
                                                       DelegationId id) {
        DelegationRecord d = find(tx, id);
        requireDelegate(principal, d);
        requirePending(d);
        return d;
    }

    private static DelegationRecord find(Tx tx, DelegationId id) {
        return tx.store(DelegationStore.class).find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.DEL_NOT_FOUND, Map.of("delegationId", id.toString())));
    }

    /** Accepting and rejecting are the delegate's own acts (the kernel refuses them on behalf of anyone). */
    private static void requireDelegate(Principal principal, DelegationRecord d) {
        if (!principal.actor().equals(d.delegate())) {
            throw SportelloException.of(ErrorCode.DEL_NOT_THE_DELEGATE, Map.of("delegationId", d.id().toString(),
                    "objectType", d.id().auditType(), "objectId", d.id().auditId()));
        }
    }

    private static void requirePending(DelegationRecord d) {
        if (d.status() != DelegationStatus.PENDING) {
            throw SportelloException.of(ErrorCode.DEL_NOT_PENDING, Map.of("delegationId", d.id().toString(),
                    "status", d.status().name()));
        }
    }

    private static Page<Delegation> views(Page<DelegationRecord> page) {
        return new Page<>(page.items().stream().map(DelegationService::view).toList(), page.nextCursor());
    }

    static Delegation view(DelegationRecord d) {
        return new Delegation(d.id(), d.kind(), d.delegator(), d.delegate(), d.validFrom(), d.validUntil(), d.revokedAt(),
                d.createdBy(), d.createdAt(), d.version(), d.status(), d.scope(), d.acceptBy(), d.lifecycle());
    }
}
