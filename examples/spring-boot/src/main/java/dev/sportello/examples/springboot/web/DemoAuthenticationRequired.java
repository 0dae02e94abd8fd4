package dev.sportello.examples.springboot.web;

/**
 * No demo principal header: answered with 401 by {@link ProblemDetailsAdvice}. Not an SDK error (the SDK
 * never authenticates); the web layer's own. Immutable and thread-safe.
 */
public final class DemoAuthenticationRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The refusal; it carries no message, cause or stack (nothing to show). */
    public DemoAuthenticationRequired() {
        super("authentication required", null, false, false);
    }
}
