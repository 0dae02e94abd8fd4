package dev.sportello.requests;

/**
 * The states of a request (R-REQ-4): {@code OPEN → IN_CHARGE → CLOSED}. Nothing leaves CLOSED.
 *
 * <p>Thread-safe (an enum).
 */
public enum RequestStatus {
    /** Registered and routed, waiting for an operator. */
    OPEN,
    /** An operator is working it. */
    IN_CHARGE,
    /** Closed with an outcome. */
    CLOSED
}
