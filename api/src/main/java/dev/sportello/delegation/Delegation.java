package dev.sportello.delegation;

import dev.sportello.Arguments;
import dev.sportello.DelegationId;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;

/**
 * A delegation: the delegate may act for the delegator between {@code validFrom} and
 * {@code validUntil} unless revoked (R-DEL-2).
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
 * @param createdBy  who granted it, not null
 * @param createdAt  when, not null
 * @param version    optimistic-locking version
 */
public record Delegation(DelegationId id, DelegationKind kind, UserId delegator, UserId delegate, Instant validFrom,
                         Instant validUntil, Instant revokedAt, PartyId createdBy, Instant createdAt, long version) {
    /** Checks the mandatory components. */
    public Delegation {
        Arguments.required(id, "Delegation", "id");
        Arguments.required(kind, "Delegation", "kind");
        Arguments.required(delegator, "Delegation", "delegator");
        Arguments.required(delegate, "Delegation", "delegate");
        Arguments.required(validFrom, "Delegation", "validFrom");
        Arguments.required(validUntil, "Delegation", "validUntil");
        Arguments.required(createdBy, "Delegation", "createdBy");
        Arguments.required(createdAt, "Delegation", "createdAt");
    }

    /**
     * Whether it lets the delegate act at an instant.
     *
     * @param at the instant, not null
     * @return true if not revoked and within its period
     */
    public boolean isValidAt(Instant at) {
        return revokedAt == null && !at.isBefore(validFrom) && at.isBefore(validUntil);
    }
}
