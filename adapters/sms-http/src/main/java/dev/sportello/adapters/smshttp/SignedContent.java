package dev.sportello.adapters.smshttp;

/**
 * What the provider's HMAC-SHA256 signature of a delivery receipt covers.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SignedContent {
    /**
     * The raw body, byte for byte as received. No timestamp is then checked (a timestamp outside the signature
     * would not stop a replay), so {@link SmsReceiptsBuilder#build()} refuses it with a timestamp header.
     */
    BODY,
    /**
     * The timestamp header's value, a dot and the raw body ({@code 1733130000.{"id":…}}), as Stripe-style
     * signatures do; binds the timestamp to the body so that a replayed receipt cannot carry a fresh time.
     * Needs {@link SmsReceiptsBuilder#timestampHeader}.
     */
    TIMESTAMP_DOT_BODY
}
