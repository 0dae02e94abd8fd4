package dev.sportello.adapters.smshttp;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How the channel authenticates to the gateway. The secrets never appear in {@link #toString()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
sealed interface Credentials {

    /**
     * Adds the authentication header, if any, to a request.
     *
     * @param request the request being built, not null
     */
    void apply(HttpRequest.Builder request);

    /** No header: the gateway trusts the network or a client certificate of the host's {@code HttpClient}. */
    record None() implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            // nothing to add
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(String token) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header("Authorization", "Bearer " + token);
        }

        @Override
        public String toString() {
            return "bearer(***)";
        }
    }

    /** {@code Authorization: Basic base64(user:password)} (RFC 7617, UTF-8). */
    record Basic(String user, String password, String header) implements Credentials {
        Basic(String user, String password) {
            this(user, password, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public void apply(HttpRequest.Builder request) {
            request.header("Authorization", header);   // encoded once, not on every send
        }

        @Override
        public String toString() {
            return "basic(" + user + ", ***)";
        }
    }

    /** A key in a header of the provider's choosing, e.g. {@code X-API-Key}. */
    record ApiKey(String header, String key) implements Credentials {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header(header, key);
        }

        @Override
        public String toString() {
            return "apiKey(" + header + ": ***)";
        }
    }
}
