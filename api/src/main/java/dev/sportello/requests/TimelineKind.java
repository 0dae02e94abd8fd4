package dev.sportello.requests;

/**
 * What happened to a request (R-REQ-5: all communications are kept).
 *
 * <p>Thread-safe (an enum).
 */
public enum TimelineKind {
    /** The user sent it. */
    SUBMITTED,
    /** It got its protocol number. */
    REGISTERED,
    /** It was routed to an office. */
    ROUTED,
    /** An operator took it in charge. */
    TAKEN_IN_CHARGE,
    /** It was reassigned to another operator of the office. */
    REASSIGNED,
    /** It was moved to another office. */
    TRANSFERRED,
    /** An operator wrote to the user. */
    COMMENT,
    /** An operator wrote a note that only operators see. */
    INTERNAL_NOTE,
    /** An operator asked the user for more information. */
    INFO_REQUESTED,
    /** The user answered. */
    ANSWERED,
    /** An operator closed it with an outcome. */
    CLOSED
}
