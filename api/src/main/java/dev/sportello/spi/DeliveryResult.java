package dev.sportello.spi;

import dev.sportello.Arguments;


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
     * @param providerId the provider's id of the message (for receipts), not null
     */
    record Accepted(String providerId) implements DeliveryResult {
        /** Checks the id. */
        public Accepted {
            Arguments.required(providerId, "Accepted", "providerId");
        }
    }

    /**
     * Refused for good (invalid number, blocked address): not retried.
     *
     * @param reason why, without personal data, not null
     */
    record Refused(String reason) implements DeliveryResult {
        /** Checks the reason. */
        public Refused {
            Arguments.required(reason, "Refused", "reason");
        }
    }

    /**
     * Failed for now (timeout, provider down): retried with backoff.
     *
     * @param reason why, without personal data, not null
     */
    record Failed(String reason) implements DeliveryResult {
        /** Checks the reason. */
        public Failed {
            Arguments.required(reason, "Failed", "reason");
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
}
