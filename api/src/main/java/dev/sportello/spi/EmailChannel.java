package dev.sportello.spi;

/**
 * Transport port for an e-mail transport (SMTP, an API). Receives immutable rendered messages after commit and returns a
 * {@link DeliveryResult}: accepted (with the provider's id, for receipts), refused for good (not
 * retried), or failed for now (retried with backoff). It does not throw for a refused message; an
 * exception or a timeout counts as failed for now.
 *
 * <p>Delivery is at least once: after a failure or a dispatcher crash the same message (same
 * idempotency key) may come again; a transport should deduplicate on the key.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface EmailChannel {
    /**
     * Sends a message.
     *
     * @param message the message, not null
     * @return the outcome, never null
     */
    DeliveryResult send(EmailMessage message);
}
