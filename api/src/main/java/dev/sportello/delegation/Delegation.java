package dev.sportello.delegation;

import dev.sportello.Arguments;
import dev.sportello.DelegationId;
import dev.sportello.Operation;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A delegation: once {@link DelegationStatus#ACTIVE}, the delegate may act for the delegator between
 * {@code validFrom} and {@code validUntil}, for the operations of its {@code scope} (R-DEL-1…3). Its
 * {@code lifecycle} says who moved it to each status and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the id, not null
 * @param kind       the kind, not null
 * @param delegator  the represented user, not null
 * @param delegate   who may act for them, not null
 * @param validFrom  start, not null
 * @param validUntil end (exclusive), not null
 * @param revokedAt  when it was revoked, or null
 * @param createdBy  who requested or granted it, not null
 * @param createdAt  when, not null
 * @param version    optimistic-locking version
 * @param status     where it stands, not null
 * @param scope      the operations it covers, within its kind's ceiling; not null, immutable
 * @param acceptBy   while pending, the deadline for accepting it; otherwise null
 * @param lifecycle  the transitions, oldest first; not null, immutable
 */
public record Delegation(DelegationId id, DelegationKind kind, UserId delegator, UserId delegate, Instant validFrom,
                         Instant validUntil, Instant revokedAt, PartyId createdBy, Instant createdAt, long version,
                         DelegationStatus status, Set<Operation> scope, Instant acceptBy,
                         List<DelegationTransition> lifecycle) {
    /** Checks the mandatory components and copies the collections. */
    public Delegation {
        Arguments.required(id, "Delegation", "id");
        Arguments.required(kind, "Delegation", "kind");
        Arguments.required(delegator, "Delegation", "delegator");
        Arguments.required(delegate, "Delegation", "delegate");
        Arguments.required(validFrom, "Delegation", "validFrom");
        Arguments.required(validUntil, "Delegation", "validUntil");
        Arguments.required(createdBy, "Delegation", "createdBy");
        Arguments.required(createdAt, "Delegation", "createdAt");
        Arguments.required(status, "Delegation", "status");
        scope = Arguments.set(scope, "Delegation", "scope");
        lifecycle = Arguments.list(lifecycle, "Delegation", "lifecycle");
    }

    /**
     * Whether it lets the delegate act at an instant.
     *
     * @param at the instant, not null
     * @return true if active and within its period
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null instant
     */
    public boolean isValidAt(Instant at) {
        Arguments.required(at, "Delegation", "at");
        return status == DelegationStatus.ACTIVE && !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /**
     * Whether it lets the delegate perform an operation at an instant.
     *
     * @param operation the operation; null is never allowed
     * @param at        the instant, not null
     * @return true if valid then and the scope holds the operation
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null instant
     */
    public boolean allows(Operation operation, Instant at) {
        return isValidAt(at) && operation != null && scope.contains(operation);
    }
}
