package dev.sportello.delegation;

import dev.sportello.Arguments;
import dev.sportello.PartyId;

import java.time.Instant;

/**
 * One step of a delegation's lifecycle: the status it entered, when, and who moved it there (the delegator,
 * the delegate, a service, or the SDK's own {@code service:sportello} for an expiry).
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status entered, not null
 * @param at     when, not null
 * @param by     who, not null
 * @param reason why it expired: required for {@link DelegationStatus#EXPIRED}, null otherwise
 */
public record DelegationTransition(DelegationStatus status, Instant at, PartyId by, ExpiryReason reason) {
    /** Checks the components. */
    public DelegationTransition {
        Arguments.required(status, "DelegationTransition", "status");
        Arguments.required(at, "DelegationTransition", "at");
        Arguments.required(by, "DelegationTransition", "by");
        if ((status == DelegationStatus.EXPIRED) != (reason != null)) {
            throw Arguments.invalid("DelegationTransition", "reason", "an expiry, and only an expiry, has a reason");
        }
    }
}
