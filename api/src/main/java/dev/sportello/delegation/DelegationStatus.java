package dev.sportello.delegation;

/**
 * Where a delegation stands (R-DEL-2, after SEND's mandates): {@code PENDING → ACTIVE → REVOKED | EXPIRED};
 * {@code PENDING → REJECTED | REVOKED | EXPIRED}. A delegation a service grants after checking the documents
 * (parental responsibility, guardianship) is {@code ACTIVE} at once. Only an {@code ACTIVE} delegation, within
 * its validity, lets its delegate act. Nothing leaves {@code REVOKED}, {@code REJECTED} or {@code EXPIRED}.
 *
 * <p>Thread-safe (an enum).
 */
public enum DelegationStatus {
    /** Requested by the delegator, waiting for the delegate to accept it with the acceptance code. */
    PENDING,
    /** Accepted (or granted by a service): the delegate may act within its validity and scope. */
    ACTIVE,
    /** Withdrawn by the delegator, given up by the delegate, or ended by a service. */
    REVOKED,
    /** Refused by the delegate. */
    REJECTED,
    /** Ended by time: see {@link ExpiryReason}. */
    EXPIRED;

    /** Whether nothing can happen to the delegation any more. */
    public boolean isFinal() {
        return this == REVOKED || this == REJECTED || this == EXPIRED;
    }
}
