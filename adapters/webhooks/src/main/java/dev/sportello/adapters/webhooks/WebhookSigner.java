package dev.sportello.adapters.webhooks;

import dev.sportello.Arguments;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

/**
 * Signs webhook requests per the Standard Webhooks specification 1.0.0, scheme {@code v1}: the HMAC-SHA256,
 * under each secret, of {@code {webhook-id}.{webhook-timestamp}.{body}} over the body's bytes exactly as
 * sent, in base64; the {@code webhook-signature} header lists one {@code v1,<signature>} per secret,
 * separated by spaces, so that a receiver that knows either the old or the new secret verifies during a
 * key rotation. {@link WebhookEventSink} uses it; hosts may use it to test their receivers.
 *
 * <p>Thread-safe (stateless).
 */
public final class WebhookSigner {
    /** The header with the message id. */
    public static final String ID_HEADER = "webhook-id";
    /** The header with the send time in unix seconds. */
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    /** The header with the signatures. */
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String TYPE = "WebhookSigner";
    static final String ALGORITHM = "HmacSHA256";

    private WebhookSigner() {
    }

    /**
     * The value of the {@code webhook-signature} header.
     *
     * @param id        the {@code webhook-id}, not null, not blank, without {@code .}
     * @param timestamp the {@code webhook-timestamp}, unix seconds, not negative
     * @param body      the body exactly as sent, not null (may be empty)
     * @param secrets   the active secrets, not null, not empty, no null element; one signature each, in order
     * @return {@code v1,<base64>} per secret, space-separated; never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null argument, {@code VALUE_INVALID}
     *                                             (with the field) for a bad one
     */
    public static String signature(String id, long timestamp, byte[] body, List<WebhookSecret> secrets) {
        checkId(id);
        if (timestamp < 0) {
            throw Arguments.invalid(TYPE, "timestamp", "unix seconds, not negative");
        }
        Arguments.required(body, TYPE, "body");
        List<WebhookSecret> keys = Arguments.list(secrets, TYPE, "secrets");
        if (keys.isEmpty()) {
            throw Arguments.invalid(TYPE, "secrets", "at least one secret");
        }
        StringJoiner header = new StringJoiner(" ");
        String ts = Long.toString(timestamp);
        for (WebhookSecret secret : keys) {
            header.add("v1," + Base64.getEncoder().encodeToString(hmac(secret, id, ts, body)));
        }
        return header.toString();
    }

    /** The raw HMAC-SHA256 of {@code id.timestamp.body} under the secret. */
    static byte[] hmac(WebhookSecret secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret.hmacKey());
            mac.update(id.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            mac.update(body);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }

    /**
     * Whether an id can be a {@code webhook-id}: 1 to 256 visible ASCII characters, none of them {@code .}
     * (the specification forbids it, as it would blur the signed content) nor {@code ,}.
     */
    static boolean isUsableId(String id) {
        if (id == null || id.isEmpty() || id.length() > 256) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '.' || c == ',') {
                return false;
            }
        }
        return true;
    }

    private static void checkId(String id) {
        Arguments.required(id, TYPE, "id");
        if (!isUsableId(id)) {
            throw Arguments.invalid(TYPE, "id", "1-256 visible ASCII characters without '.' or ','");
        }
    }
}
