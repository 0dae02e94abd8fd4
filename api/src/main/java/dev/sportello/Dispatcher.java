package dev.sportello;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Delivers the outbox after commit: domain events to the event sink, messages to their channels,
 * scheduled tasks to the core. The host application drives it and decides threads and scheduling:
 * call {@link #runOnce()} from its own scheduler, or {@link #start} it on an executor.
 *
 * <p>Delivery is at least once, with the entry id as idempotency key; failures are retried with
 * exponential backoff and jitter, and dead-lettered after the configured number of attempts. Several
 * dispatchers (threads or processes) may run against the same store: a claim holds an entry for a
 * lease, and an entry whose dispatcher died is claimed again when the lease expires.
 *
 * <p>Implementations are thread-safe.
 */
public interface Dispatcher {
    /**
     * Claims one batch of due entries and delivers it.
     *
     * @return what happened
     */
    DispatchReport runOnce();

    /**
     * Runs batches until nothing is due (or {@code maxBatches} ran).
     *
     * @param maxBatches the most batches to run, at least 1
     * @return the sum of the batches
     */
    DispatchReport drain(int maxBatches);

    /**
     * Runs batches on the given executor, in as many loops as the configured workers: each loop runs
     * again at once while there is due work, else after {@code pollInterval}. Give the executor at least
     * as many threads as workers.
     *
     * @param executor     the host's executor, not null; the dispatcher does not shut it down
     * @param pollInterval the pause when nothing is due, not null, positive
     * @throws IllegalStateException if already started
     */
    void start(ScheduledExecutorService executor, Duration pollInterval);

    /**
     * Stops scheduling batches and waits up to {@code timeout} for the running one. Entries of an
     * interrupted batch are claimed again when their lease expires.
     *
     * @param timeout how long to wait, not null
     * @return true if no batch is running any more
     */
    boolean stop(Duration timeout);

    /**
     * The dead letters, oldest first.
     *
     * @param principal a service principal or supervisor, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<DeadLetter> deadLetters(Principal principal, PageRequest page);

    /**
     * Puts a dead letter back in the queue, due now, with its attempts reset.
     *
     * @param principal a service principal or supervisor, not null
     * @param entryId   the entry, not null
     * @throws NotFoundException with {@link ErrorCode#OUT_ENTRY_NOT_FOUND}
     * @throws RuleViolationException with {@link ErrorCode#OUT_ENTRY_NOT_DEAD}
     */
    void redrive(Principal principal, String entryId);
}
