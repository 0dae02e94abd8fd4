package dev.sportello.delegation.spi;

import dev.sportello.DelegationId;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delegations and mandates. Part of a transaction; not thread-safe.
 */
public interface DelegationStore {
    /**
     * Adds a delegation (version 0).
     *
     * @param delegation the delegation, not null
     */
    void insert(DelegationRecord delegation);

    /**
     * Replaces a delegation if its stored version is {@code expectedVersion}.
     *
     * @param delegation      the new state with version {@code expectedVersion + 1}, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void update(DelegationRecord delegation, long expectedVersion);

    /**
     * Reads a delegation.
     *
     * @param id the id, not null
     * @return the delegation, if any
     */
    Optional<DelegationRecord> find(DelegationId id);

    /**
     * The delegations, of any kind, that let {@code delegate} act for {@code delegator} at an instant: not
     * revoked, {@code validFrom <= at < validUntil}. The core decides which of them covers an operation.
     *
     * @param delegator the represented user, not null
     * @param delegate  the acting user, not null
     * @param at        the instant, not null
     * @return the valid delegations, oldest first; empty if none
     */
    List<DelegationRecord> findValid(UserId delegator, UserId delegate, Instant at);

    /**
     * Delegations where the user is delegator or delegate, newest first.
     *
     * @param user the user, not null
     * @return the delegations
     */
    List<DelegationRecord> involving(UserId user);
}
