package dev.sportello.delegation;

import dev.sportello.Principal;
import dev.sportello.UserId;

import java.util.List;

/**
 * Delegations and mandates (R-DEL-1…3). Every call of the SDK whose principal acts on behalf of
 * another user is checked against them; every action records both parties (R-DEL-5).
 *
 * <p>Implementations are thread-safe.
 */
public interface Delegations {
    /**
     * Grants a delegation.
     *
     * @param principal the acting principal, not null
     * @param command   the delegation, not null
     * @return the delegation
     */
    Delegation grant(Principal principal, GrantDelegation command);

    /**
     * Revokes a delegation (the delegator, the delegate, or a service).
     *
     * @param principal the acting principal, not null
     * @param command   the delegation and the version read, not null
     * @return the revoked delegation
     */
    Delegation revoke(Principal principal, RevokeDelegation command);

    /**
     * The delegations where a user is delegator or delegate, newest first.
     *
     * @param principal the acting principal, not null
     * @param user      the user, not null
     * @return the delegations
     */
    List<Delegation> of(Principal principal, UserId user);
}
