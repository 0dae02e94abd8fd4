package dev.sportello.core.internal.kernel;

/**
 * A task with an effect outside the stores (opening a meeting room): the dispatcher makes the remote
 * call with no transaction open and no connection held, then records its result in the transaction that
 * marks the entry done. A failing call is retried with backoff like any delivery, so the call must be
 * idempotent for the same payload.
 *
 * @param <P> the payload type
 * @param <R> the result of the remote call
 *
 * <p>Implementations must be thread-safe: the dispatcher may run tasks from several threads.
 */
public interface RemoteTask<P, R> {
    /**
     * The remote call; no transaction is open.
     *
     * @param payload the task's payload
     * @return the result, not null
     */
    R call(P payload);

    /**
     * Records the result, in the transaction that completes the task.
     *
     * @param tx      the transaction
     * @param payload the task's payload
     * @param result  what {@link #call} returned
     */
    void record(Tx tx, P payload, R result);
}
