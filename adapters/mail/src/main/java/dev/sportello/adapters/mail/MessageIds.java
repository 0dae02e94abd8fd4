package dev.sportello.adapters.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Derives the {@code Message-ID} from the idempotency key, so that every attempt of one message carries
 * the same id and a retry is recognisable downstream (RFC 5322 §3.6.4: {@code "<" id-left "@" id-right ">"}).
 * A key that is a conservative id-left (letters, digits, {@code . _ + -}, not starting or ending with
 * punctuation, no {@code ..}, at most 128 characters) is used as it is; any other key is replaced by the
 * hex SHA-256 of its UTF-8 bytes.
 *
 * <p>Thread-safe (stateless).
 */
final class MessageIds {
    private static final Pattern SAFE_LEFT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_+-]|\\.(?!\\.)){0,126}[A-Za-z0-9]|[A-Za-z0-9]");
    /** Letters, digits and hyphens in dot-separated labels: a host name. */
    static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private MessageIds() {
    }

    /**
     * The id-left for a key.
     *
     * @param key the idempotency key, not null
     * @return the key itself when it is safe, otherwise its hex SHA-256
     */
    static String left(String key) {
        if (SAFE_LEFT.matcher(key).matches()) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The full header value.
     *
     * @param key    the idempotency key, not null
     * @param domain the id-right, a host name, not null
     * @return {@code <left@domain>}
     */
    static String messageId(String key, String domain) {
        return "<" + left(key) + "@" + domain + ">";
    }
}
