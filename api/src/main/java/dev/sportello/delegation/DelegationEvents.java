package dev.sportello.delegation;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the delegation area (R-DEL-1…3); subjects are delegations.
 *
 * <p>Thread-safe (constants).
 */
public final class DelegationEvents {
    /** A service granted a delegation, active at once: {@code kind}, {@code delegator} and {@code delegate} (user ids). */
    public static final EventType GRANTED = EventType.of("delegation.granted", "kind", "delegator", "delegate");
    /** A delegation was revoked: {@code kind}. */
    public static final EventType REVOKED = EventType.of("delegation.revoked", "kind");
    /** A delegator requested a delegation, pending: {@code kind}, {@code delegator} and {@code delegate} (user ids). */
    public static final EventType REQUESTED = EventType.of("delegation.requested", "kind", "delegator", "delegate");
    /** The delegate accepted a delegation, now active: {@code kind}. */
    public static final EventType ACCEPTED = EventType.of("delegation.accepted", "kind");
    /** The delegate refused a delegation: {@code kind}. */
    public static final EventType REJECTED = EventType.of("delegation.rejected", "kind");
    /** A delegation expired: {@code kind} and {@code reason} (an {@link ExpiryReason}). */
    public static final EventType EXPIRED = EventType.of("delegation.expired", "kind", "reason");

    /** Every event type of the delegation area. */
    public static final List<EventType> ALL = List.of(GRANTED, REVOKED, REQUESTED, ACCEPTED, REJECTED, EXPIRED);

    private DelegationEvents() {
    }
}
