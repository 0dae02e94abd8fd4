package dev.sportello.spring.boot.autoconfigure;

/**
 * What a failed observation records as its error: only the SDK's stable outcome code (an error code such as
 * {@code ACCESS_NOT_OWNER}, or a transport's {@code REFUSED}), as the message. It carries no cause, no
 * stack trace and nothing of the input, so that a tracing bridge that records it on the span (OpenTelemetry's
 * {@code exception} event: type and message) and a timer's {@code error} tag ({@code ObservedFailure}) never
 * show personal data. It is never thrown: the SDK's own exception still reaches the caller.
 *
 * <p>Immutable and thread-safe.
 */
final class ObservedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * The failure of an outcome.
     *
     * @param code the outcome code, not null
     */
    ObservedFailure(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    /**
     * The outcome code.
     *
     * @return the code, never null
     */
    String code() {
        return code;
    }
}
