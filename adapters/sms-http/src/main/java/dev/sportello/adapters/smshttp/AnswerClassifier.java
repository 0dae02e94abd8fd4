package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.spi.CappedBody;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.RetryAfter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Turns a gateway's answer into a {@link DeliveryResult}:
 * <ul>
 *   <li>2xx with a readable message id → accepted with that id;</li>
 *   <li>2xx without one → failed (the message may have gone out: retried with the same idempotency key, which
 *       the provider deduplicates, so that a misread answer is never taken for "sent" without an id to match
 *       receipts, nor for "refused for good");</li>
 *   <li>401, 403, 407 (credentials) and 405, 415 (endpoint or format) → failed: the gateway is misconfigured,
 *       the message is fine; once the host fixes the setting, the retries deliver it;</li>
 *   <li>408, 409, 425, 429 and 5xx → failed, not before the {@code Retry-After} the provider asked for;</li>
 *   <li>every other 4xx (400, 404, 410, 413, 422…) → refused for good;</li>
 *   <li>anything else (1xx, 3xx — redirects are not followed) → failed.</li>
 * </ul>
 * Reasons carry the status and the provider's error code when it is a short code-like word; never the body.
 *
 * <p>Immutable and thread-safe.
 */
final class AnswerClassifier {
    /** A provider error code safe to put in a reason: short, code-like, not a phone number. */
    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,40}");
    private static final Pattern SEVEN_DIGITS = Pattern.compile(".*[0-9]{7}.*");
    /** The longest provider id accepted ({@code ReportReceipt.providerId} takes at most 200 characters). */
    static final int MAX_ID_LENGTH = 200;

    private final JsonPointer messageId;
    private final JsonPointer errorCode;
    private final Clock clock;

    AnswerClassifier(JsonPointer messageId, JsonPointer errorCode, Clock clock) {
        this.messageId = messageId;
        this.errorCode = errorCode;
        this.clock = clock;
    }

    DeliveryResult classify(int status, HttpHeaders headers, CappedBody.Result body) {
        if (status >= 200 && status < 300) {
            String id = text(tree(body), messageId);
            if (id != null && id.length() <= MAX_ID_LENGTH && Arguments.isWellFormed(id) && !id.isBlank()
                    && id.chars().noneMatch(Character::isISOControl)) {
                return DeliveryResult.accepted(id);
            }
            return DeliveryResult.failed("HTTP " + status + " without a readable message id at " + messageId
                    + "; retried with the same idempotency key");
        }
        String code = text(tree(body), errorCode);
        String reason = "HTTP " + status + (isSafeCode(code) ? " " + code : "");
        Duration retryAfter = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant());
        if (status == 401 || status == 403 || status == 407) {
            return DeliveryResult.failed(reason + " (check the gateway credentials)", retryAfter);
        }
        if (status == 405 || status == 415) {
            return DeliveryResult.failed(reason + " (check the endpoint and the request format)", retryAfter);
        }
        if (status == 408 || status == 409 || status == 425 || status == 429 || (status >= 500 && status < 600)) {
            return DeliveryResult.failed(reason, retryAfter);
        }
        if (status >= 400 && status < 500) {
            return DeliveryResult.refused(reason);
        }
        return DeliveryResult.failed(reason + " (unexpected status)", retryAfter);
    }

    private static boolean isSafeCode(String code) {
        return code != null && SAFE_CODE.matcher(code).matches() && !SEVEN_DIGITS.matcher(code).matches();
    }

    private static JsonNode tree(CappedBody.Result body) {
        if (body == null || body.overflowed() || body.bytes().length == 0) {
            return null;
        }
        try {
            return Json.read(body.bytes());
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode tree, JsonPointer pointer) {
        if (tree == null) {
            return null;
        }
        JsonNode node = tree.at(pointer);
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Long.toString(node.longValue());
        }
        return null;
    }
}
