package dev.sportello.delegation;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.UserId;

import java.util.List;

/**
 * Delegations and mandates (R-DEL-1…3), after SEND's mandates: the delegator requests one for a delegate
 * with a validity and a scope and gets an acceptance code to give them; the delegate accepts with the code
 * (or rejects); either party revokes it; it expires at the end of its validity, or while pending at the
 * acceptance deadline. A service that checked the documents grants one active at once (parental
 * responsibility, guardianship). Both parties are notified at each step. Every call of the SDK whose
 * principal acts on behalf of another user is checked against the active delegations and their scopes; every
 * action records the actor, the represented user and the delegation used (R-DEL-5).
 *
 * <p>Implementations are thread-safe.
 */
public interface Delegations {
    /**
     * The delegator requests a delegation (digital identity or mandate); it stays pending until the delegate
     * accepts it.
     *
     * @param principal the delegator, acting for themselves, not null
     * @param command   the delegation, not null
     * @return the pending delegation and its acceptance code
     */
    DelegationRequested request(Principal principal, RequestDelegation command);

    /**
     * The delegate accepts a pending delegation with its acceptance code; a wrong code uses up an attempt.
     *
     * @param principal the delegate, acting for themselves, not null
     * @param command   the delegation and the code, not null
     * @return the active delegation
     */
    Delegation accept(Principal principal, AcceptDelegation command);

    /**
     * The delegate refuses a pending delegation.
     *
     * @param principal the delegate, acting for themselves, not null
     * @param command   the delegation and the version read, not null
     * @return the rejected delegation
     */
    Delegation reject(Principal principal, RejectDelegation command);

    /**
     * A service that checked the documents grants a delegation, active at once.
     *
     * @param principal a service principal, not null
     * @param command   the delegation, not null
     * @return the active delegation
     */
    Delegation grant(Principal principal, GrantDelegation command);

    /**
     * Revokes a pending or active delegation (the delegator, the delegate, or a service).
     *
     * @param principal the acting principal, not null
     * @param command   the delegation and the version read, not null
     * @return the revoked delegation
     */
    Delegation revoke(Principal principal, RevokeDelegation command);

    /**
     * The delegations where a user is delegator or delegate, in any status, newest first.
     *
     * @param principal the acting principal, not null
     * @param user      the user, not null
     * @return the delegations
     */
    List<Delegation> of(Principal principal, UserId user);

    /**
     * "Whom can I act for": the active, not yet ended delegations where the user is the delegate, with their
     * scopes, oldest first, a page at a time.
     *
     * @param principal the user or a service, not null
     * @param delegate  the user, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<Delegation> actingFor(Principal principal, UserId delegate, PageRequest page);

    /**
     * "Who can act for me": the active, not yet ended delegations where the user is the delegator, oldest
     * first, a page at a time.
     *
     * @param principal the user or a service, not null
     * @param delegator the user, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<Delegation> actingForMe(Principal principal, UserId delegator, PageRequest page);
}
