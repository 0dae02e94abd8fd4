package dev.sportello.spi;

import dev.sportello.OutboxBacklog;
import dev.sportello.Page;
import dev.sportello.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox. Entries are written in the command's transaction and delivered after
 * commit by a dispatcher. Part of a transaction; not thread-safe.
 *
 * <p>Claiming must be safe with several dispatchers at once: two claims never return the same entry
 * while its lease is valid (PostgreSQL: {@code FOR UPDATE SKIP LOCKED}).
 */
public interface OutboxStore extends AppendingStore<OutboxEntry> {
    /**
     * Adds entries, {@code PENDING}.
     *
     * @param entries new entries, not null
     */
    @Override
    void appendAll(List<OutboxEntry> entries);

    /**
     * Claims up to {@code limit} entries that are {@code PENDING} and due at {@code now}, or
     * {@code IN_FLIGHT} with an expired lease (their dispatcher died), oldest due first. Claimed entries
     * become {@code IN_FLIGHT} with the given lease.
     *
     * @param now        the current time, not null
     * @param limit      at most this many, at least 1
     * @param leaseToken identifies this claim, not null
     * @param leaseUntil when the claim expires, not null
     * @return the claimed entries, as they are after the claim
     */
    List<OutboxEntry> claim(Instant now, int limit, String leaseToken, Instant leaseUntil);

    /**
     * Records the outcome of claimed entries. A completion whose lease token no longer matches is ignored.
     *
     * @param completions the outcomes, not null
     * @param now         the current time, not null
     * @return the ids of the entries whose completion was applied
     */
    List<String> complete(List<OutboxCompletion> completions, Instant now);

    /**
     * Reads an entry.
     *
     * @param id the id, not null
     * @return the entry, if any
     */
    Optional<OutboxEntry> find(String id);

    /**
     * Entries in a status, in id order.
     *
     * @param status the status, not null
     * @param page   the page, not null
     * @return the page
     */
    Page<OutboxEntry> list(OutboxStatus status, PageRequest page);

    /**
     * Puts a {@code DEAD} entry back to {@code PENDING}, due now, with no attempts.
     *
     * @param id  the entry, not null
     * @param now the current time, not null
     * @return whether the entry was dead and is now pending
     */
    boolean redrive(String id, Instant now);

    /**
     * Cancels one entry if it is still {@code PENDING}.
     *
     * @param id  the entry, not null
     * @param now the current time, not null
     * @return the entry as it was before, if it was pending and is now cancelled
     */
    Optional<OutboxEntry> cancelEntry(String id, Instant now);

    /**
     * Cancels the {@code PENDING} entries with a cancel key.
     *
     * @param cancelKey the key, not null
     * @param now       the current time, not null
     * @return the cancelled entries, as they were before
     */
    List<OutboxEntry> cancel(String cancelKey, Instant now);

    /**
     * How far behind the queue is at {@code now}: pending entries, those already due, and the oldest due
     * time (one read; for gauges, polled every few seconds).
     *
     * @param now the current time, not null
     * @return the backlog, never null
     */
    OutboxBacklog findBacklog(Instant now);
}
