package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What a transport port (channel, event sink) says about one delivery. Transports return a result
 * and do not throw for a refused message; an exception counts as {@link Failed}.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface DeliveryResult {

    /**
     * Taken over by the provider.
     *
     * @param providerId     the provider's id of the message (for receipts), not null
     * @param retiredTargets the {@link PushTarget#deviceId() installations} whose tokens the provider declared
     *                       dead (uninstalled app, expired token): the SDK retires them. Not null, possibly
     *                       empty; only push transports fill it
     */
    record Accepted(String providerId, Set<String> retiredTargets) implements DeliveryResult {
        /** Checks and copies the components. */
        public Accepted {
            Arguments.required(providerId, "Accepted", "providerId");
            retiredTargets = Arguments.set(retiredTargets, "Accepted", "retiredTargets");
        }

        /**
         * Taken over, with no dead token (the form of SPI 1.0).
         *
         * @param providerId the provider's id, not null
         */
        public Accepted(String providerId) {
            this(providerId, Set.of());
        }
    }

    /**
     * Refused for good (invalid number, blocked address, every token of a push dead): not retried.
     *
     * @param reason         why, without personal data, not null
     * @param retiredTargets the installations whose tokens the provider declared dead, as for
     *                       {@link Accepted}; not null, possibly empty
     */
    record Refused(String reason, Set<String> retiredTargets) implements DeliveryResult {
        /** Checks and copies the components. */
        public Refused {
            Arguments.required(reason, "Refused", "reason");
            retiredTargets = Arguments.set(retiredTargets, "Refused", "retiredTargets");
        }

        /**
         * Refused, with no dead token (the form of SPI 1.0).
         *
         * @param reason why, without personal data, not null
         */
        public Refused(String reason) {
            this(reason, Set.of());
        }
    }

    /**
     * Failed for now (timeout, provider down): retried with backoff, and not before the provider's
     * {@code retryAfter} when it gave one (an HTTP {@code Retry-After}, an SMTP 4xx with a delay).
     *
     * @param reason     why, without personal data, not null
     * @param retryAfter the least wait the provider asked for, positive; null when it asked for none
     */
    record Failed(String reason, Duration retryAfter) implements DeliveryResult {
        /** Checks the components. */
        public Failed {
            Arguments.required(reason, "Failed", "reason");
            if (retryAfter != null && (retryAfter.isNegative() || retryAfter.isZero())) {
                throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "Failed.retryAfter", Map.of());
            }
        }

        /**
         * Failed for now, with no wait asked for (the form of SPI 1.0).
         *
         * @param reason why, without personal data, not null
         */
        public Failed(String reason) {
            this(reason, null);
        }
    }

    /**
     * Shorthand for {@link Accepted}.
     *
     * @param providerId the provider's id
     * @return the result
     */
    static DeliveryResult accepted(String providerId) {
        return new Accepted(providerId);
    }

    /**
     * Shorthand for {@link Refused}.
     *
     * @param reason why
     * @return the result
     */
    static DeliveryResult refused(String reason) {
        return new Refused(reason);
    }

    /**
     * Shorthand for {@link Failed}.
     *
     * @param reason why
     * @return the result
     */
    static DeliveryResult failed(String reason) {
        return new Failed(reason);
    }

    /**
     * Shorthand for {@link Failed} with the wait the provider asked for.
     *
     * @param reason     why
     * @param retryAfter the least wait, positive, or null
     * @return the result
     */
    static DeliveryResult failed(String reason, Duration retryAfter) {
        return new Failed(reason, retryAfter);
    }
}
