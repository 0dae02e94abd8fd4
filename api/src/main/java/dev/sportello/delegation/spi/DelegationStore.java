package dev.sportello.delegation.spi;

import dev.sportello.DelegationId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
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
     * Replaces a delegation if its stored version is {@code expectedVersion}: every field but the id, the
     * kind, the parties and the creation.
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
     * The delegations, of any kind, that let {@code delegate} act for {@code delegator} at an instant:
     * {@code ACTIVE}, {@code validFrom <= at < validUntil}. The core decides which of them covers an operation.
     *
     * @param delegator the represented user, not null
     * @param delegate  the acting user, not null
     * @param at        the instant, not null
     * @return the valid delegations, oldest first; empty if none
     */
    List<DelegationRecord> findValid(UserId delegator, UserId delegate, Instant at);

    /**
     * Delegations where the user is delegator or delegate, in any status, newest first.
     *
     * @param user the user, not null
     * @return the delegations
     */
    List<DelegationRecord> involving(UserId user);

    /**
     * Every delegation, in any status, from {@code delegator} to {@code delegate} (to find overlaps).
     * The default reads {@link #involving}; adapters override it with an indexed read.
     *
     * @param delegator the represented user, not null
     * @param delegate  the acting user, not null
     * @return the delegations, oldest first
     */
    default List<DelegationRecord> between(UserId delegator, UserId delegate) {
        return involving(delegator).stream().filter(d -> d.delegator().equals(delegator) && d.delegate().equals(delegate))
                .sorted(DelegationPages.BY_ID).toList();
    }

    /**
     * "Whom can I act for": the {@code ACTIVE} delegations where the user is the delegate and
     * {@code validUntil > now}, in id order (oldest first), a page at a time; the cursor is the text of the
     * last id of the page. The default reads {@link #involving}; adapters override it with an indexed read.
     *
     * @param delegate the user, not null
     * @param now      the instant, not null
     * @param page     the page, not null
     * @return the page
     * @throws dev.sportello.InvalidInputException with {@code PAGE_CURSOR_INVALID} for a cursor that is not an id
     */
    default Page<DelegationRecord> activeForDelegate(UserId delegate, Instant now, PageRequest page) {
        return DelegationPages.active(involving(delegate).stream().filter(d -> d.delegate().equals(delegate)), now, page);
    }

    /**
     * "Who can act for me": the {@code ACTIVE} delegations where the user is the delegator and
     * {@code validUntil > now}, in id order, a page at a time, as {@link #activeForDelegate}.
     *
     * @param delegator the user, not null
     * @param now       the instant, not null
     * @param page      the page, not null
     * @return the page
     * @throws dev.sportello.InvalidInputException with {@code PAGE_CURSOR_INVALID} for a cursor that is not an id
     */
    default Page<DelegationRecord> activeForDelegator(UserId delegator, Instant now, PageRequest page) {
        return DelegationPages.active(involving(delegator).stream().filter(d -> d.delegator().equals(delegator)), now, page);
    }
}
