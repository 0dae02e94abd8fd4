package dev.sportello.requests;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the requests area (R-REQ-3); their templates are bundled in it, en and de.
 *
 * <p>Thread-safe (constants).
 */
public final class RequestMessageKinds {
    /** A request was registered with a protocol number: {@code name}, {@code protocol}, {@code subject}. */
    public static final MessageKind REGISTERED = new MessageKind("REQUEST_REGISTERED");
    /** A request was routed to the competent office: {@code name}, {@code protocol}, {@code office}. */
    public static final MessageKind ROUTED = new MessageKind("REQUEST_ROUTED");
    /** An operator asks the user for more information: {@code name}, {@code protocol}, {@code comment}. */
    public static final MessageKind INFO_REQUESTED = new MessageKind("REQUEST_INFO_REQUESTED");
    /** A request was closed with an outcome: {@code name}, {@code protocol}, {@code outcome}, {@code comment}. */
    public static final MessageKind CLOSED = new MessageKind("REQUEST_CLOSED");

    private RequestMessageKinds() {
    }
}
