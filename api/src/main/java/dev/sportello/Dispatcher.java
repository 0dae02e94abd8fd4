package dev.sportello;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Delivers the outbox after commit: domain events to the event sink, messages to their channels,
 * scheduled tasks (and the remote calls they make, such as opening a meeting room) to the core. The host
 * application drives it and decides threads and scheduling: call {@link #runOnce()} from its own
 * scheduler, or {@link #start} it on an executor. These are host operations and take no principal; the
 * principal-guarded administration of the outbox is {@link OutboxAdministration}.
 *
 * <p>Delivery is at least once, with the entry id as idempotency key; failures are retried with
 * exponential backoff and jitter, and dead-lettered after the configured number of attempts. Several
 * dispatchers (threads or processes) may run against the same store: a claim holds an entry for a
 * lease, and an entry whose dispatcher died is claimed again when the lease expires. No send and no
 * remote call happens while a database transaction is open.
 *
 * <p>Implementations are thread-safe.
 */
public interface Dispatcher {
    /**
     * Claims one batch of due entries and delivers it.
     *
     * @return what happened, never null
     */
    DispatchReport runOnce();

    /**
     * Runs batches until nothing is due (or {@code maxBatches} ran).
     *
     * @param maxBatches the most batches to run, at least 1
     * @return the sum of the batches, never null
     */
    DispatchReport drain(int maxBatches);

    /**
     * Runs batches on the given executor, in as many loops as the configured workers: each loop runs
     * again at once while there is due work, else after {@code pollInterval}. Give the executor at least
     * as many threads as workers.
     *
     * @param executor     the host's executor, not null; the dispatcher does not shut it down
     * @param pollInterval the pause when nothing is due, not null, positive
     * @throws InvalidInputException with {@code CONFIG_INVALID} for a null executor, an executor that
     *                               refuses tasks (then the dispatcher is not started) or a bad interval
     * @throws RuleViolationException with {@code OUT_ALREADY_STARTED} if already started
     */
    void start(ScheduledExecutorService executor, Duration pollInterval);

    /**
     * Stops scheduling batches and waits up to {@code timeout} for the running ones. Entries of an
     * interrupted batch are claimed again when their lease expires.
     *
     * @param timeout how long to wait, at most one day; null, zero or negative: do not wait
     * @return true if no batch is running any more
     * @throws InvalidInputException with {@code CONFIG_INVALID} for a timeout over one day
     */
    boolean stop(Duration timeout);
}
