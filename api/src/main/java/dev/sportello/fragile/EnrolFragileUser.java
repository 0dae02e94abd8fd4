package dev.sportello.fragile;

import dev.sportello.UserId;
import dev.sportello.users.PostalAddress;
import jakarta.validation.constraints.NotNull;

/**
 * Enrols a user in the fragile-users channel (R-USR-5): the channel staff or a service checks nothing more
 * than who the user is — eligibility comes from the institution's records — and gives the address the
 * letters go to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user      the user, required
 * @param residence the residence, where the personal code and the documents are posted, required
 */
public record EnrolFragileUser(@NotNull UserId user, @NotNull PostalAddress residence) {
}
