package dev.sportello.core.outbox;

import dev.sportello.core.kernel.Tx;
import dev.sportello.spi.OutboxEntry;

/**
 * Work the SDK scheduled for itself through the outbox (an expiry, an offer that lapses). It runs in
 * the same transaction that marks its entry done, so its effect happens once; if it throws, the entry
 * is retried like any delivery.
 */
@FunctionalInterface
public interface TaskHandler {
    /**
     * Does the work.
     *
     * @param tx    the transaction
     * @param entry the task's entry
     */
    void run(Tx tx, OutboxEntry entry);
}
