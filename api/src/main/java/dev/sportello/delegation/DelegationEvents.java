package dev.sportello.delegation;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the delegation area (R-DEL-1…3); subjects are delegations.
 *
 * <p>Thread-safe (constants).
 */
public final class DelegationEvents {
    /** A delegation was granted: {@code kind}, {@code delegator} and {@code delegate} (user ids). */
    public static final EventType GRANTED = EventType.of("delegation.granted", "kind", "delegator", "delegate");
    /** A delegation was revoked: {@code kind}. */
    public static final EventType REVOKED = EventType.of("delegation.revoked", "kind");

    /** Every event type of the delegation area. */
    public static final List<EventType> ALL = List.of(GRANTED, REVOKED);

    private DelegationEvents() {
    }
}
