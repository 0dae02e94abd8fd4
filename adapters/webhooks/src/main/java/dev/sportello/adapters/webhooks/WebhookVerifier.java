package dev.sportello.adapters.webhooks;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a Standard Webhooks request on the receiving side: the {@code v1} signature under any of the
 * receiver's secrets (constant-time comparison), the {@code webhook-timestamp} within a tolerance of
 * the clock (default 5 minutes, either way), and the {@code webhook-id} not seen before (through a
 * {@link WebhookReplayStore}, by default a bounded in-memory one). Pass the body exactly as received,
 * before any JSON parsing.
 *
 * <p>A body larger than the cap ({@link Builder#maxBodyBytes}, default 1 MiB) is refused first, before any
 * header is read or signature computed, with {@code VALUE_INVALID} (field {@code WebhookVerifier.body});
 * answer it with 413. The verifier gets the body already read, so the host's web layer should also stop
 * reading a request at the same size (a servlet container's or framework's request-size limit).
 *
 * <p>A refused request throws a {@link SportelloException}: {@code TRN_HEADER_MISSING} (the field names the
 * header that is missing or unusable: an empty id, an id with {@code .}, a timestamp that is not integer
 * seconds), {@code TRN_TIMESTAMP_OUT_OF_TOLERANCE}, {@code TRN_SIGNATURE_INVALID} (no listed {@code v1}
 * signature matches; other versions and junk entries are skipped) or {@code TRN_REPLAYED}. Answer a replay
 * with 2xx (the request was already received) and the others with 4xx. If the handling of a verified
 * request fails, call {@link #forget(String)} before answering 5xx so that the sender's retry is accepted.
 *
 * <p>Thread-safe.
 */
public final class WebhookVerifier {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The default timestamp tolerance: 5 minutes, as the reference implementations use. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** The default largest body accepted: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private static final int MAX_SIGNATURES = 32;
    private static final String TYPE = "WebhookVerifier";

    private final List<WebhookSecret> secrets;
    private final Duration tolerance;
    private final Duration dedupeWindow;
    private final Clock clock;
    private final WebhookReplayStore replays;
    private final int maxBodyBytes;

    private WebhookVerifier(Builder b) {
        this.secrets = List.copyOf(b.secrets);
        this.tolerance = b.tolerance;
        this.dedupeWindow = b.dedupeWindow == null ? tolerance.multipliedBy(2) : b.dedupeWindow;
        this.clock = b.clock;
        this.replays = b.replays == null ? WebhookReplayStore.inMemory(100_000) : b.replays;
        this.maxBodyBytes = b.maxBodyBytes;
    }

    /**
     * A builder.
     *
     * @return a new builder, not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A verifier with the defaults and these secrets.
     *
     * @param secrets the receiver's active secrets, at least one, no null
     * @return the verifier
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} with the field
     */
    public static WebhookVerifier of(WebhookSecret... secrets) {
        Arguments.required(secrets, TYPE, "secrets");
        return builder().secrets(java.util.Arrays.asList(secrets)).build();
    }

    /**
     * Verifies a request given its headers (names matched case-insensitively; the values of several
     * {@code webhook-signature} headers are joined).
     *
     * @param headers the request headers, not null (null names and values are ignored)
     * @param body    the raw body as received, not null (may be empty; larger than the cap is refused)
     * @return the verified request
     * @throws SportelloException as the class comment says; {@code VALUE_REQUIRED} for a null argument
     */
    public VerifiedWebhook verify(Map<String, ? extends Collection<String>> headers, byte[] body) {
        checkSize(body);
        Arguments.required(headers, TYPE, "headers");
        return verify(first(headers, WebhookSigner.ID_HEADER), first(headers, WebhookSigner.TIMESTAMP_HEADER),
                all(headers, WebhookSigner.SIGNATURE_HEADER), body);
    }

    /**
     * Verifies a request given the three header values (for servlet-style {@code getHeader(name)}).
     *
     * @param id        the {@code webhook-id} value, or null when absent
     * @param timestamp the {@code webhook-timestamp} value, or null when absent
     * @param signature the {@code webhook-signature} value, or null when absent
     * @param body      the raw body as received, not null (may be empty; larger than the cap is refused)
     * @return the verified request
     * @throws SportelloException as the class comment says; {@code VALUE_REQUIRED} for a null body
     */
    public VerifiedWebhook verify(String id, String timestamp, String signature, byte[] body) {
        checkSize(body);
        String msgId = present(id, WebhookSigner.ID_HEADER);
        String ts = present(timestamp, WebhookSigner.TIMESTAMP_HEADER);
        String sig = present(signature, WebhookSigner.SIGNATURE_HEADER);
        if (!WebhookSigner.isUsableId(msgId)) {
            throw unusable(WebhookSigner.ID_HEADER, "1-256 visible ASCII characters without '.' or ','");
        }
        if (ts.isEmpty() || ts.length() > 12 || !ts.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw unusable(WebhookSigner.TIMESTAMP_HEADER, "integer unix seconds");
        }
        long seconds = Long.parseLong(ts);
        Instant sent = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
            throw SportelloException.of(ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE,
                    Map.of("tolerance", tolerance.toString()));
        }
        if (!matches(msgId, ts, sig, body)) {
            throw SportelloException.of(ErrorCode.TRN_SIGNATURE_INVALID, Map.of());
        }
        Duration untilStale = Duration.between(now, sent.plus(tolerance));
        Duration ttl = untilStale.compareTo(dedupeWindow) > 0 ? untilStale : dedupeWindow;
        if (!replays.remember(msgId, now, ttl)) {
            throw SportelloException.of(ErrorCode.TRN_REPLAYED, Map.of("id", msgId));
        }
        return new VerifiedWebhook(msgId, sent);
    }

    /**
     * Forgets a verified id, so that the sender's next attempt passes: call it when handling failed.
     *
     * @param id the {@code webhook-id}, not null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for null
     */
    public void forget(String id) {
        replays.forget(Arguments.required(id, TYPE, "id"));
    }

    private void checkSize(byte[] body) {
        Arguments.required(body, TYPE, "body");
        if (body.length > maxBodyBytes) {
            throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, TYPE + ".body",
                    Map.of("type", TYPE, "reason", "larger than " + maxBodyBytes + " bytes"));
        }
    }

    private boolean matches(String id, String ts, String header, byte[] body) {
        List<byte[]> expected = new ArrayList<>(secrets.size());
        for (WebhookSecret secret : secrets) {
            expected.add(WebhookSigner.hmac(secret, id, ts, body));
        }
        boolean found = false;
        int seen = 0;
        for (String entry : SPACES.split(header.trim())) {
            if (++seen > MAX_SIGNATURES) {
                break;
            }
            byte[] candidate = decodeV1(entry);
            if (candidate == null) {
                continue;
            }
            for (byte[] mac : expected) {
                // no early exit: the time taken does not tell which entry or secret matched
                found |= MessageDigest.isEqual(mac, candidate);
            }
        }
        return found;
    }

    private static byte[] decodeV1(String entry) {
        int comma = entry.indexOf(',');
        if (comma < 0 || !"v1".equals(entry.substring(0, comma))) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(entry.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String present(String value, String header) {
        if (value == null || value.isBlank()) {
            throw SportelloException.invalidField(ErrorCode.TRN_HEADER_MISSING, header, Map.of());
        }
        return value.trim();
    }

    private static SportelloException unusable(String header, String reason) {
        return SportelloException.invalidField(ErrorCode.TRN_HEADER_MISSING, header, Map.of("reason", reason));
    }

    private static String first(Map<String, ? extends Collection<String>> headers, String name) {
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null) {
                for (String v : e.getValue()) {
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static String all(Map<String, ? extends Collection<String>> headers, String name) {
        StringBuilder joined = new StringBuilder();
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null) {
                for (String v : e.getValue()) {
                    if (v != null) {
                        joined.append(joined.length() == 0 ? "" : " ").append(v);
                    }
                }
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }

    /**
     * Configures a {@link WebhookVerifier}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final List<WebhookSecret> secrets = new ArrayList<>();
        private Duration tolerance = DEFAULT_TOLERANCE;
        private Duration dedupeWindow;
        private Clock clock = Clock.systemUTC();
        private WebhookReplayStore replays;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /**
         * Adds an accepted secret (during a rotation, add both the old and the new one).
         *
         * @param secret the secret, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookVerifier.secret})
         */
        public Builder secret(WebhookSecret secret) {
            secrets.add(Arguments.required(secret, TYPE, "WebhookVerifier.secret"));
            return this;
        }

        /**
         * Adds accepted secrets.
         *
         * @param all the secrets, not null, no null element
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookVerifier.secrets})
         */
        public Builder secrets(Collection<WebhookSecret> all) {
            secrets.addAll(Arguments.list(all == null ? null : new ArrayList<>(all), TYPE, "WebhookVerifier.secrets"));
            return this;
        }

        /**
         * How far the timestamp may be from the clock, either way; default 5 minutes.
         *
         * @param value 1 second to 1 hour, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookVerifier.tolerance})
         */
        public Builder tolerance(Duration value) {
            this.tolerance = Settings.between(value, "WebhookVerifier.tolerance", Duration.ofSeconds(1), Duration.ofHours(1));
            return this;
        }

        /**
         * How long an accepted id is remembered at least; default twice the tolerance (enough against
         * replays). A longer window also dedupes the sender's later retries of a request whose answer was lost.
         *
         * @param value 1 second to 30 days, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookVerifier.dedupeWindow})
         */
        public Builder dedupeWindow(Duration value) {
            this.dedupeWindow = Settings.between(value, "WebhookVerifier.dedupeWindow", Duration.ofSeconds(1),
                    Duration.ofDays(30));
            return this;
        }

        /**
         * The clock the timestamp is compared with; default the system UTC clock.
         *
         * @param value the clock, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookVerifier.clock})
         */
        public Builder clock(Clock value) {
            this.clock = Arguments.required(value, TYPE, "WebhookVerifier.clock");
            return this;
        }

        /**
         * Where accepted ids are remembered; default {@link WebhookReplayStore#inMemory(int)} of 100,000 ids.
         *
         * @param value the store, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookVerifier.replayStore})
         */
        public Builder replayStore(WebhookReplayStore value) {
            this.replays = Arguments.required(value, TYPE, "WebhookVerifier.replayStore");
            return this;
        }

        /**
         * The largest body accepted; default {@link #DEFAULT_MAX_BODY_BYTES} (1 MiB). A larger one is refused
         * with {@code VALUE_INVALID} (field {@code WebhookVerifier.body}) before anything else is checked.
         *
         * @param bytes 1024 (1 KiB) to 16,777,216 (16 MiB)
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID} (field {@code WebhookVerifier.maxBodyBytes})
         */
        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = Settings.between(bytes, "WebhookVerifier.maxBodyBytes", 1024, 16 * 1024 * 1024);
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID} (field {@code WebhookVerifier.secrets})
         *                                             without any secret
         */
        public WebhookVerifier build() {
            if (secrets.isEmpty()) {
                throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "WebhookVerifier.secrets",
                        Map.of("reason", "at least one secret"));
            }
            return new WebhookVerifier(this);
        }
    }
}
