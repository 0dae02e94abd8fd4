package dev.sportello.requests;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the requests area (R-REQ-1…7); subjects are requests.
 *
 * <p>Thread-safe (constants).
 */
public final class RequestEvents {
    /** A request was submitted, registered and routed: {@code office}, {@code topic}, {@code protocol}. */
    public static final EventType SUBMITTED = EventType.of("request.submitted", "office", "topic", "protocol");
    /** An operator took a request in charge: {@code office}, {@code operator} (operator id). */
    public static final EventType TAKEN = EventType.of("request.taken", "office", "operator");
    /** The office asked the user for more information: {@code office}. */
    public static final EventType INFO_REQUESTED = EventType.of("request.info-requested", "office");
    /** The user answered the office's question: {@code office}. */
    public static final EventType ANSWERED = EventType.of("request.answered", "office");
    /** A request was closed: {@code office}, {@code outcome} (code). */
    public static final EventType CLOSED = EventType.of("request.closed", "office", "outcome");
    /** A request passed to another operator of its office: {@code office}, {@code operator}. */
    public static final EventType REASSIGNED = EventType.of("request.reassigned", "office", "operator");
    /** A request was transferred to another office: {@code from}, {@code to} (office codes). */
    public static final EventType TRANSFERRED = EventType.of("request.transferred", "from", "to");

    /** Every event type of the requests area. */
    public static final List<EventType> ALL = List.of(SUBMITTED, TAKEN, INFO_REQUESTED, ANSWERED, CLOSED, REASSIGNED, TRANSFERRED);

    private RequestEvents() {
    }
}
