package dev.sportello.spi;

/**
 * Transport port for a print-and-post provider (a hybrid-mail service such as Poste Italiane's online letters):
 * it receives a {@link PostalLetter} — the documents to print, in order, and the address to post them to —
 * after commit, and returns a {@link DeliveryResult}: accepted (with the provider's reference, its tracking
 * number when it has one), refused for good (an address the provider cannot serve, a document it cannot
 * print: not retried, the letter is recorded as refused), or failed for now (retried with backoff by the
 * dispatcher, and kept as a dead letter when the retries run out). It does not throw for a refused letter; an
 * exception or a timeout counts as failed for now.
 *
 * <p>A letter is never sent by another channel: no e-mail, SMS or inbox notice stands in for a refused or
 * failed letter.
 *
 * <p>Delivery is at least once: after a failure or a dispatcher crash the same letter (same idempotency key)
 * may come again; a transport must deduplicate on the key, or the user gets two letters.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface PostalChannel {
    /**
     * Hands a letter over for printing and posting.
     *
     * @param letter the letter, not null
     * @return the outcome, never null
     */
    DeliveryResult post(PostalLetter letter);
}
