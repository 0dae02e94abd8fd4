package dev.sportello.adapters.pushhttp;

/**
 * Where {@link HttpPushChannel} gets the bearer token it sends in {@code Authorization} (for FCM, an OAuth 2.0
 * access token of a service account with the {@code firebase.messaging} scope, which the host obtains, caches
 * and refreshes, for example with Google's auth library). The channel asks for a token at every send, never
 * logs it and never puts it in a result. When the provider refuses a token (HTTP 401), the channel calls
 * {@link #rejected(String)} and then {@link #accessToken()} once more, and retries the refused installations
 * once with the new token.
 *
 * <p>Both methods should return quickly: {@link #accessToken()} from a cache refreshed ahead of the token's expiry,
 * not with a network call on every send. The channel calls them on its own threads (at most two at a time) and
 * waits at most its connect timeout plus its request timeout; past that the send fails for now
 * ({@code ACCESS_TOKEN_TIMEOUT}, retried) and a call still running is left to end on its own.
 *
 * <p>Implementations are thread-safe: the channel calls them from several threads at once.
 */
@FunctionalInterface
public interface BearerTokenSupplier {
    /**
     * The token to send now, quickly (a cached one).
     *
     * @return the token, without the {@code Bearer } prefix; null, blank or an exception make the send fail for
     *         now (it is retried)
     */
    String accessToken();

    /**
     * The provider refused this token: a caching supplier drops it so that the next {@link #accessToken()}
     * gives a fresh one. The default does nothing (a supplier that fetches a token at every call).
     *
     * @param token the refused token, not null
     */
    default void rejected(String token) {
        // nothing cached
    }
}
