package dev.sportello.requests.spi;

import dev.sportello.Page;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.TimelineEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests, their attachments' manifest entries and their append-only timelines. Part of a
 * transaction; not thread-safe.
 */
public interface RequestStore {
    /**
     * Adds a request (version 0).
     *
     * @param request the request, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id, protocol number or
     *         the owner's idempotency key is taken
     */
    void insert(RequestRecord request);

    /**
     * Replaces a request if its stored version is {@code expectedVersion}; the new record carries
     * {@code expectedVersion + 1}. Attachments are only ever added.
     *
     * @param request         the new state, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void update(RequestRecord request, long expectedVersion);

    /**
     * Reads a request.
     *
     * @param id the id, not null
     * @return the request, if any
     */
    Optional<RequestRecord> find(RequestId id);

    /**
     * Finds an owner's request by the submitter's idempotency key.
     *
     * @param owner the owner, not null
     * @param key   the key, not null
     * @return the request, if any
     */
    Optional<RequestRecord> findByIdempotencyKey(UserId owner, String key);

    /**
     * Appends timeline entries.
     *
     * @param request the request, not null
     * @param entries the entries, in order, not null
     */
    void appendTimeline(RequestId request, List<TimelineEntry> entries);

    /**
     * The timeline, oldest first.
     *
     * @param request the request, not null
     * @return the entries
     */
    List<TimelineEntry> timeline(RequestId request);

    /**
     * An owner's requests matching the filters, newest update first (ties by id, descending), with a
     * keyset cursor.
     *
     * @param owner  the owner, not null
     * @param search the filters and page, not null
     * @return the page
     */
    Page<RequestSummary> search(UserId owner, RequestSearch search);

    /**
     * An office's requests matching the filters, oldest first (ties by id), with a keyset cursor.
     *
     * @param query the filters and page, not null
     * @param now   the current time (for the age filter), not null
     * @return the page
     */
    Page<RequestSummary> queue(QueueQuery query, Instant now);

    /**
     * Figures of an office.
     *
     * @param office the office, not null
     * @param now    the current time, not null
     * @return the figures
     */
    OfficeFigures figures(OfficeCode office, Instant now);
}
