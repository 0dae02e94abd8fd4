package dev.sportello.adapters.mail;

/**
 * How the connection to the SMTP server is protected.
 *
 * <p>Thread-safe (an enum).
 */
public enum SmtpSecurity {
    /** Plain text, no TLS: only for a relay on the same host or a test server. Default port 25. */
    NONE(25),
    /**
     * Plain connection upgraded with {@code STARTTLS} before anything else is said (RFC 3207); a server
     * that does not offer it is not used (required, never opportunistic). Default port 587.
     */
    STARTTLS(587),
    /** Implicit TLS from the first byte (SMTPS, RFC 8314). Default port 465. */
    SMTPS(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /**
     * The port used when none is configured.
     *
     * @return the port
     */
    public int defaultPort() {
        return defaultPort;
    }
}
