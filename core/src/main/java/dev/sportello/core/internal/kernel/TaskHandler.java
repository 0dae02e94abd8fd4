package dev.sportello.core.internal.kernel;

/**
 * Work the SDK scheduled for itself through the outbox (an expiry, an offer that lapses) that only
 * touches the stores. It runs in the same transaction that marks its entry done, so its effect happens
 * once; if it throws, the entry is retried like any delivery.
 *
 * @param <P> the payload type
 *
 * <p>Implementations must be thread-safe: the dispatcher may run tasks from several threads.
 */
@FunctionalInterface
public interface TaskHandler<P> {
    /**
     * Does the work.
     *
     * @param tx      the transaction
     * @param payload the task's payload
     */
    void run(Tx tx, P payload);
}
