package dev.sportello.adapters.pushhttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import dev.sportello.spi.RetryAfter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Firebase Cloud Messaging HTTP v1 API: {@code POST /v1/projects/{project}/messages:send} with
 * {@code {"message": {"token", "notification": {"title", "body"}, "data", "android" | "apns" | "webpush"}}},
 * answered by {@code {"name": "projects/…/messages/…"}} or by a {@code google.rpc.Status} error whose
 * {@code details} hold an {@code FcmError} with an {@code errorCode}.
 *
 * <p>What goes out: the title and body as the notification; the message's data plus
 * {@value #MESSAGE_ID_DATA_KEY} = the idempotency key, so that the app can recognise a repeated push; and a
 * per-platform replacement id equal to the key (Android {@code android.notification.tag}, iOS
 * {@code apns-collapse-id}, web {@code webpush.notification.tag}), so that a push sent again after a failure
 * replaces the one already shown instead of appearing twice. Android's {@code collapse_key} is not used: FCM
 * keeps only four of them per device.
 *
 * <p>How answers are read, per installation:
 * <ul>
 *   <li>2xx with a {@code name} → delivered; 2xx without a readable name → retry later ({@code MALFORMED_ANSWER}).</li>
 *   <li>{@code UNREGISTERED} → dead. {@code INVALID_ARGUMENT} that FCM attributes to the token (a
 *       {@code BadRequest} violation of {@code message.token}, or the message "registration token …") → dead;
 *       otherwise refused, the token kept.</li>
 *   <li>Configuration problems → {@linkplain TargetAnswer.Misconfigured misconfigured}: failed for now (retried,
 *       the channel logs a warning), nothing retired, nothing refused for good. They are
 *       {@code SENDER_ID_MISMATCH} (a wrong project id or service account makes FCM answer it for every token),
 *       {@code THIRD_PARTY_AUTH_ERROR} (the APNs or web push credentials in the Firebase project are wrong), any
 *       403 (for example {@code PERMISSION_DENIED}) and a 404 without {@code UNREGISTERED} (a wrong endpoint or
 *       project).</li>
 *   <li>{@code QUOTA_EXCEEDED}, {@code UNAVAILABLE}, {@code INTERNAL}, HTTP 408, 429 and 5xx → retry later, with
 *       the wait of a {@code google.rpc.RetryInfo} detail or of {@code Retry-After}.</li>
 *   <li>HTTP 401 → credentials rejected (the channel fetches a new token and retries once).</li>
 *   <li>Any other 4xx → refused, the token kept. Any other status → retry later.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class FcmV1Format implements PushWireFormat {
    private static final Pattern RETRY_DELAY = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?s");
    /** The data key that carries the message's idempotency key to the app. */
    public static final String MESSAGE_ID_DATA_KEY = "sportello_message_id";
    private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:_-]{0,99}");
    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";
    private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";
    private static final int APNS_COLLAPSE_ID_MAX_BYTES = 64;
    private static final int NAME_MAX = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String projectId;
    private final String path;

    private FcmV1Format(String projectId) {
        this.projectId = projectId;
        this.path = "/v1/projects/" + projectId + "/messages:send";
    }

    /**
     * The format for a Firebase project.
     *
     * @param projectId the Firebase (Google Cloud) project id, e.g. {@code inps-app-prod}; not null
     * @return the format
     * @throws SportelloException {@code VALUE_REQUIRED} for null; {@code CONFIG_INVALID} for an id with other
     *                            characters than letters, digits, {@code . : _ -}
     */
    public static FcmV1Format forProject(String projectId) {
        Arguments.required(projectId, "FcmV1Format", "FcmV1Format.projectId");
        if (!PROJECT.matcher(projectId).matches()) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "FcmV1Format.projectId",
                    Map.of("reason", "a Firebase project id: letters, digits, '.', ':', '_', '-', at most 100"));
        }
        return new FcmV1Format(projectId);
    }

    /**
     * The Firebase project the messages are sent through.
     *
     * @return the project id, never null
     */
    public String projectId() {
        return projectId;
    }

    /**
     * {@inheritDoc}
     *
     * @param message the push, not null
     * @param target  one of its targets, not null
     * @return the {@code messages:send} request, never null
     */
    @Override
    public PushRequest request(PushMessage message, PushTarget target) {
        String key = message.idempotencyKey();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode fcm = root.putObject("message");
        fcm.put("token", target.token());
        ObjectNode notification = fcm.putObject("notification");
        notification.put("title", message.title());
        notification.put("body", message.body());
        ObjectNode data = fcm.putObject("data");
        new TreeMap<>(message.data()).forEach(data::put);
        data.put(MESSAGE_ID_DATA_KEY, key);
        switch (target.platform()) {
            case ANDROID -> fcm.putObject("android").putObject("notification").put("tag", key);
            case IOS -> fcm.putObject("apns").putObject("headers").put("apns-collapse-id", collapseId(key));
            case WEB -> fcm.putObject("webpush").putObject("notification").put("tag", key);
        }
        return new PushRequest(path, "application/json; charset=UTF-8", JSON.writeValueAsString(root));
    }

    /**
     * {@inheritDoc}
     *
     * @param statusCode the HTTP status
     * @param headers    the answer's headers, not null
     * @param body       the answer's body, not null
     * @return the meaning, never null
     */
    @Override
    public TargetAnswer answer(int statusCode, HttpHeaders headers, String body) {
        if (statusCode >= 200 && statusCode < 300) {
            JsonNode name = read(body).path("name");
            if (name.isString() && !name.stringValue().isBlank() && name.stringValue().length() <= NAME_MAX
                    && Arguments.isWellFormed(name.stringValue()) && name.stringValue().indexOf('\n') < 0) {
                return new TargetAnswer.Delivered(name.stringValue());
            }
            return new TargetAnswer.RetryLater("MALFORMED_ANSWER", null);
        }
        FcmFailure failure = FcmFailure.of(read(body).path("error"));
        String code = failure.fcmCode != null ? failure.fcmCode
                : failure.status != null ? failure.status : "HTTP_" + statusCode;
        if (failure.fcmCode != null) {
            switch (failure.fcmCode) {
                case "UNREGISTERED":
                    return new TargetAnswer.Dead(code);
                case "INVALID_ARGUMENT":
                    return failure.blamesToken() ? new TargetAnswer.Dead(code) : new TargetAnswer.Rejected(code);
                case "SENDER_ID_MISMATCH", "THIRD_PARTY_AUTH_ERROR":
                    // the sender's configuration, not the installation: FCM would answer so for every token
                    return new TargetAnswer.Misconfigured(code);
                case "QUOTA_EXCEEDED", "UNAVAILABLE", "INTERNAL":
                    return new TargetAnswer.RetryLater(code, failure.retryDelay);
                default:
                    break;
            }
        }
        if (statusCode == 401) {
            return new TargetAnswer.CredentialsRejected(code);
        }
        if (statusCode == 403 || statusCode == 404) {
            // no permission, or no such project or endpoint: never a reason to retire or refuse for good
            return new TargetAnswer.Misconfigured(code);
        }
        if (statusCode == 408 || statusCode == 429 || statusCode >= 500) {
            return new TargetAnswer.RetryLater(code, failure.retryDelay);
        }
        if (statusCode >= 400) {
            return new TargetAnswer.Rejected(code);
        }
        return new TargetAnswer.RetryLater("HTTP_" + statusCode, null);
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    /** The key itself when it fits APNs' 64 bytes, else its SHA-256 in hex (64 characters). */
    static String collapseId(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= APNS_COLLAPSE_ID_MAX_BYTES) {
            return key;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "FcmV1Format[" + projectId + "]";
    }

    /** The parts of a google.rpc.Status error that matter here. Immutable. */
    private static final class FcmFailure {
        private final String status;
        private final String message;
        private String fcmCode;
        private boolean tokenField;
        private Duration retryDelay;

        private FcmFailure(String status, String message) {
            this.status = status;
            this.message = message;
        }

        static FcmFailure of(JsonNode error) {
            FcmFailure failure = new FcmFailure(text(error.path("status")), text(error.path("message")));
            JsonNode details = error.path("details");
            if (details.isArray()) {
                for (JsonNode detail : details.values()) {
                    String type = text(detail.path("@type"));
                    if (FCM_ERROR.equals(type) && failure.fcmCode == null) {
                        failure.fcmCode = text(detail.path("errorCode"));
                    } else if (BAD_REQUEST.equals(type) && detail.path("fieldViolations").isArray()) {
                        for (JsonNode violation : detail.path("fieldViolations").values()) {
                            failure.tokenField |= "message.token".equals(text(violation.path("field")));
                        }
                    } else if (RETRY_INFO.equals(type)) {
                        failure.retryDelay = protobufDuration(text(detail.path("retryDelay")));
                    }
                }
            }
            return failure;
        }

        boolean blamesToken() {
            return tokenField || (message != null && message.toLowerCase(Locale.ROOT).contains("registration token"));
        }

        private static String text(JsonNode node) {
            return node.isString() ? node.stringValue() : null;
        }

        /** A protobuf JSON duration such as {@code 30s} or {@code 1.5s}; null when absent, unreadable or not positive. */
        private static Duration protobufDuration(String text) {
            if (text == null || !RETRY_DELAY.matcher(text).matches()) {
                return null;
            }
            BigDecimal seconds = new BigDecimal(text.substring(0, text.length() - 1));
            Duration wait = Duration.ofNanos(seconds.movePointRight(9).longValueExact());
            if (wait.isZero()) {
                return null;
            }
            return wait.compareTo(RetryAfter.MAX) > 0 ? RetryAfter.MAX : wait;
        }
    }
}
