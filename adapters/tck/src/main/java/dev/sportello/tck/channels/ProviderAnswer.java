package dev.sportello.tck.channels;

/**
 * How the provider behind a transport answers, as a {@link ChannelRig} steers it.
 *
 * <p>Thread-safe (an enum).
 */
public enum ProviderAnswer {
    /** Takes the message over and answers with its own id. */
    ACCEPT,
    /** Refuses the message for good (an invalid recipient, a 5xx SMTP reply, an HTTP 400). */
    REFUSE,
    /** Fails for now (a 4xx SMTP reply, an HTTP 503): the dispatcher retries. */
    FAIL_FOR_NOW,
    /** Accepts the connection and never answers: the transport's own timeout must end the call. */
    HANG,
    /** Drops the connection in the middle of the exchange. */
    DROP_CONNECTION
}
