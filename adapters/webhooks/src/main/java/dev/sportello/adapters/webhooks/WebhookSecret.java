package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

/**
 * A Standard Webhooks signing secret for HMAC-SHA256 ({@code v1}): 24 to 64 random bytes, written
 * {@code whsec_} + base64. It is never printed: {@link #toString()} shows no part of it; only
 * {@link #reveal()} gives its text form, to hand it to the subscriber once.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookSecret {
    /** The prefix of the text form. */
    public static final String PREFIX = "whsec_";
    /** The fewest bytes a secret has. */
    public static final int MIN_BYTES = 24;
    /** The most bytes a secret has. */
    public static final int MAX_BYTES = 64;

    private static final String FIELD = "WebhookSecret";

    private final byte[] key;
    private final SecretKeySpec hmacKey;

    private WebhookSecret(byte[] key) {
        this.key = key;
        this.hmacKey = new SecretKeySpec(key, WebhookSigner.ALGORITHM);
    }

    /**
     * Reads a secret in its text form, {@code whsec_} followed by the standard base64 of 24 to 64 bytes
     * (the prefix may be left out).
     *
     * @param text the text form, not null
     * @return the secret
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID}
     *                                             (field {@code WebhookSecret}) for anything else that is not such a secret
     */
    public static WebhookSecret parse(String text) {
        if (text == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, FIELD, Map.of("type", FIELD));
        }
        String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw invalid("whsec_ followed by base64");
        }
        return ofBytes(bytes);
    }

    /**
     * A secret from its raw bytes (copied).
     *
     * @param bytes 24 to 64 bytes, not null
     * @return the secret
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID} for a
     *                                             wrong length
     */
    public static WebhookSecret ofBytes(byte[] bytes) {
        if (bytes == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, FIELD, Map.of("type", FIELD));
        }
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw invalid(MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        return new WebhookSecret(bytes.clone());
    }

    /**
     * A new random secret of 32 bytes.
     *
     * @param random the source of randomness, not null (a {@link SecureRandom} in production)
     * @return the secret
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null source
     */
    public static WebhookSecret generate(SecureRandom random) {
        if (random == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, "WebhookSecret.random", Map.of("type", FIELD));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new WebhookSecret(bytes);
    }

    /**
     * The text form, {@code whsec_} + base64, to hand to the subscriber. Never log it.
     *
     * @return the text form, never null
     */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key for {@code HmacSHA256}, built once (it copies the bytes and is immutable). */
    SecretKeySpec hmacKey() {
        return hmacKey;
    }

    /** The raw key, copied. */
    byte[] key() {
        return key.clone();
    }

    /** Equal when the bytes are equal (compared in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Shows no part of the secret. */
    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }

    private static SportelloException invalid(String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, FIELD, Map.of("reason", reason));
    }
}
