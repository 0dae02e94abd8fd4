package dev.sportello.adapters.smshttp;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the HMAC-SHA256 signature of a receipt request, and its timestamp when one is configured.
 *
 * <p>The signature header may hold several signatures (separated by spaces or commas, as providers do during
 * their own key rotation), each hex (64 digits) or base64 (standard or URL-safe), optionally prefixed by a
 * scheme word such as {@code sha256=} or {@code v1=}. The request is valid when any signature matches the HMAC
 * under any configured secret (several secrets while the host rotates them). Comparisons are constant-time
 * ({@link MessageDigest#isEqual}).
 *
 * <p>Immutable and thread-safe: a {@link Mac} is made per call.
 */
final class ReceiptSignature {
    private static final int MAX_SIGNATURES = 16;
    private static final int HMAC_LENGTH = 32;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z0-9]{1,10}[=:](?=.)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    private final String signatureHeader;
    private final List<SecretKeySpec> secrets;
    private final String timestampHeader;
    private final Duration tolerance;
    private final SignedContent content;
    private final Clock clock;

    ReceiptSignature(String signatureHeader, List<byte[]> secrets, String timestampHeader, Duration tolerance,
                     SignedContent content, Clock clock) {
        this.signatureHeader = signatureHeader;
        List<SecretKeySpec> keys = new ArrayList<>();
        for (byte[] secret : secrets) {
            keys.add(new SecretKeySpec(secret, "HmacSHA256"));
        }
        this.secrets = List.copyOf(keys);
        this.timestampHeader = timestampHeader;
        this.tolerance = tolerance;
        this.content = content;
        this.clock = clock;
    }

    /**
     * Checks a request.
     *
     * @param header the request's header values by name (case-insensitive), null when absent
     * @param body   the raw body, not null
     * @throws SportelloException TRN_HEADER_MISSING, TRN_TIMESTAMP_OUT_OF_TOLERANCE or TRN_SIGNATURE_INVALID
     */
    void verify(Function<String, String> header, byte[] body) {
        String signatures = present(header, signatureHeader);
        byte[] signed = body;
        if (timestampHeader != null) {
            String timestamp = present(header, timestampHeader).trim();
            checkTimestamp(timestamp);
            if (content == SignedContent.TIMESTAMP_DOT_BODY) {
                byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
                signed = new byte[prefix.length + body.length];
                System.arraycopy(prefix, 0, signed, 0, prefix.length);
                System.arraycopy(body, 0, signed, prefix.length, body.length);
            }
        }
        List<byte[]> candidates = candidates(signatures);
        boolean match = false;
        for (SecretKeySpec secret : secrets) {
            byte[] expected = hmac(secret, signed);
            for (byte[] candidate : candidates) {
                match |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (!match) {
            throw SportelloException.of(ErrorCode.TRN_SIGNATURE_INVALID, Map.of());
        }
    }

    private static String present(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw SportelloException.invalidField(ErrorCode.TRN_HEADER_MISSING, name, Map.of());
        }
        return value;
    }

    private void checkTimestamp(String timestamp) {
        if (!SECONDS.matcher(timestamp).matches()) {
            throw SportelloException.of(ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE,
                    Map.of("reason", "not unix seconds", "tolerance", tolerance.toString()));
        }
        Duration off = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs();
        if (off.compareTo(tolerance) > 0) {
            throw SportelloException.of(ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE,
                    Map.of("reason", "outside the tolerance", "tolerance", tolerance.toString()));
        }
    }

    static byte[] hmac(SecretKeySpec secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            // every Java SE platform must provide HmacSHA256
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The signatures of a header value that decode to 32 bytes; the others are ignored. */
    static List<byte[]> candidates(String value) {
        List<byte[]> candidates = new ArrayList<>();
        String[] tokens = SEPARATORS.split(value.trim());
        for (int i = 0; i < tokens.length && i < MAX_SIGNATURES; i++) {
            String token = SCHEME.matcher(tokens[i]).replaceFirst("");
            byte[] decoded = decode(token);
            if (decoded != null && decoded.length == HMAC_LENGTH) {
                candidates.add(decoded);
            }
        }
        return candidates;
    }

    private static byte[] decode(String token) {
        if (HEX.matcher(token).matches()) {
            return HexFormat.of().parseHex(token);
        }
        try {
            return Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(token);
            } catch (IllegalArgumentException again) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "header " + signatureHeader + ", " + secrets.size() + " secret(s)"
                + (timestampHeader == null ? "" : ", timestamp " + timestampHeader + " ±" + tolerance + " " + content);
    }
}
