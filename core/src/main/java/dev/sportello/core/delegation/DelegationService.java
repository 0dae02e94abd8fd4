package dev.sportello.core.delegation;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.users.UserService;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.Delegations;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.spi.UserRecord;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Delegations and mandates (R-DEL-1…3). Mandates and digital-identity delegations are granted by the
 * delegator themselves (never by someone acting for them) or by a service; parental responsibility
 * and guardianship only by a service that checked the documents. Parental responsibility ends at the
 * minor's 18th birthday at the latest: a longer period is cut there.
 *
 * <p>Thread-safe.
 */
public final class DelegationService implements Delegations {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Kernel kernel;

    /**
     * Creates the service.
     *
     * @param kernel the kernel
     */
    public DelegationService(Kernel kernel) {
        this.kernel = kernel;
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
                throw Access.notOwner("user", command.delegator());
            }
            UserRecord delegator = UserService.require(tx, command.delegator());
            UserRecord delegate = UserService.require(tx, command.delegate());
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
            tx.stores().delegations().involving(delegator.id()).stream()
                    .filter(d -> d.kind() == command.kind() && d.delegate().equals(delegate.id()) && d.revokedAt() == null
                            && d.validFrom().isBefore(end) && start.isBefore(d.validUntil()))
                    .findFirst().ifPresent(d -> {
                        throw SportelloException.of(ErrorCode.DEL_DUPLICATE, Map.of("kind", d.kind().name(),
                                "delegationId", d.id().toString()));
                    });
            Delegation delegation = new Delegation(new DelegationId(UUID.fromString(tx.newId())), command.kind(),
                    delegator.id(), delegate.id(), from, until, null, principal.actor(), tx.now(), 0);
            tx.stores().delegations().insert(delegation);
            tx.audit("DELEGATION_GRANTED", "delegation", delegation.id());
            tx.event("delegation.granted", "delegation", delegation.id(), Map.of("kind", command.kind().name(),
                    "delegator", delegator.id().toString(), "delegate", delegate.id().toString()));
            return delegation;
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
    public Delegation revoke(Principal principal, DelegationId id) {
        Checks.notNull(id, "revoke", "id");
        return kernel.execute(principal, Operation.DELEGATION_REVOKE, null, tx -> {
            Delegation d = tx.stores().delegations().find(id).orElseThrow(() ->
                    SportelloException.of(ErrorCode.DEL_NOT_FOUND, Map.of("delegationId", id.toString())));
            boolean party = principal.onBehalfOf() == null
                    && (principal.actor().equals(d.delegator()) || principal.actor().equals(d.delegate()));
            if (!party && !(principal.actor() instanceof ServiceId)) {
                throw Access.notOwner("delegation", id);
            }
            if (d.revokedAt() != null) {
                throw SportelloException.of(ErrorCode.DEL_ALREADY_REVOKED, Map.of("delegationId", id.toString()));
            }
            Delegation revoked = new Delegation(d.id(), d.kind(), d.delegator(), d.delegate(), d.validFrom(),
                    d.validUntil(), tx.now(), d.createdBy(), d.createdAt(), d.version() + 1);
            tx.stores().delegations().update(revoked, d.version());
            tx.audit("DELEGATION_REVOKED", "delegation", id);
            tx.event("delegation.revoked", "delegation", id, Map.of("kind", d.kind().name()));
            return revoked;
        });
    }

    @Override
    public List<Delegation> of(Principal principal, UserId user) {
        Checks.notNull(user, "of", "user");
        return kernel.execute(principal, Operation.DELEGATION_READ, null, tx -> {
            Access.requireOwnerOrService(principal, user, "user", user);
            return tx.stores().delegations().involving(user);
        });
    }
}
