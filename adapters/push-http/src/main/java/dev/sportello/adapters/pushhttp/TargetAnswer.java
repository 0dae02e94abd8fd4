package dev.sportello.adapters.pushhttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Duration;
import java.util.Map;

/**
 * What a push gateway's answer means for one installation, as a {@link PushWireFormat} reads it.
 * {@link HttpPushChannel} combines the answers of a message's installations into one delivery result.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface TargetAnswer {

    /**
     * The gateway took the push over for this installation.
     *
     * @param messageId the gateway's id of the message (FCM: {@code projects/…/messages/…}), not blank, at most
     *                  200 characters (what the SDK's message stores keep as the provider id); not null
     */
    record Delivered(String messageId) implements TargetAnswer {
        /** Checks the component. */
        public Delivered {
            Arguments.required(messageId, "Delivered", "messageId");
            if (messageId.isBlank() || messageId.length() > 200) {
                throw Arguments.invalid("Delivered", "messageId", "not blank, at most 200 characters");
            }
        }
    }

    /**
     * The gateway declared the installation's token dead (app uninstalled, token expired or malformed): the SDK
     * retires the installation.
     *
     * @param errorCode the gateway's code, e.g. {@code UNREGISTERED}, not null
     */
    record Dead(String errorCode) implements TargetAnswer {
        /** Checks the component. */
        public Dead {
            Arguments.required(errorCode, "Dead", "errorCode");
        }
    }

    /**
     * The gateway refused the push for this installation for good, but the token is not known dead.
     *
     * @param errorCode the gateway's code, e.g. {@code INVALID_ARGUMENT}, not null
     */
    record Rejected(String errorCode) implements TargetAnswer {
        /** Checks the component. */
        public Rejected {
            Arguments.required(errorCode, "Rejected", "errorCode");
        }
    }

    /**
     * The push did not go through for now (overload, quota, a timeout): the message is retried.
     *
     * @param errorCode  the gateway's code, e.g. {@code UNAVAILABLE}, not null
     * @param retryAfter the least wait the gateway asked for, positive; null when it asked for none in the body
     *                   (the channel then reads {@code Retry-After})
     */
    record RetryLater(String errorCode, Duration retryAfter) implements TargetAnswer {
        /** Checks the components. */
        public RetryLater {
            Arguments.required(errorCode, "RetryLater", "errorCode");
            if (retryAfter != null && (retryAfter.isNegative() || retryAfter.isZero())) {
                throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "retryAfter",
                        Map.of("type", "RetryLater", "reason", "positive or null"));
            }
        }
    }

    /**
     * The gateway refused the push because of the sender's configuration, not because of this installation: a
     * wrong project or endpoint, a service account without permission, the APNs or web push credentials wrong in
     * the provider's project. Such an answer would come for every installation, so none is retired and nothing is
     * refused for good: the message fails for now (it is retried, with the dispatcher's backoff) and the channel
     * logs a warning, without tokens, to check the configuration.
     *
     * @param errorCode the gateway's code, e.g. {@code SENDER_ID_MISMATCH}, not null
     */
    record Misconfigured(String errorCode) implements TargetAnswer {
        /** Checks the component. */
        public Misconfigured {
            Arguments.required(errorCode, "Misconfigured", "errorCode");
        }
    }

    /**
     * The gateway refused the bearer token (HTTP 401): the channel asks its {@link BearerTokenSupplier} again
     * and retries the installation once.
     *
     * @param errorCode the gateway's code, e.g. {@code UNAUTHENTICATED}, not null
     */
    record CredentialsRejected(String errorCode) implements TargetAnswer {
        /** Checks the component. */
        public CredentialsRejected {
            Arguments.required(errorCode, "CredentialsRejected", "errorCode");
        }
    }
}
