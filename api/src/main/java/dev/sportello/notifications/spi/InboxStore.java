package dev.sportello.notifications.spi;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.NoticeId;
import dev.sportello.spi.AppendingStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inbox notices. Part of a transaction; not thread-safe.
 */
public interface InboxStore extends AppendingStore<InboxNotice> {
    /**
     * Adds a notice.
     *
     * @param notice the notice, not null
     */
    void insert(InboxNotice notice);

    /**
     * Adds notices; adapters may write them in one batch. The default inserts them one by one.
     *
     * @param notices the notices, not null
     */
    @Override
    default void appendAll(List<InboxNotice> notices) {
        notices.forEach(this::insert);
    }

    /**
     * Reads a notice (expired or not).
     *
     * @param id the id, not null
     * @return the notice, if any
     */
    Optional<InboxNotice> find(NoticeId id);

    /**
     * The notices of a user that have not expired at {@code now}, newest first.
     *
     * @param recipient the user, not null
     * @param now       the current time, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<InboxNotice> list(UserId recipient, Instant now, PageRequest page);

    /**
     * How many unexpired notices of a user are unread.
     *
     * @param recipient the user, not null
     * @param now       the current time, not null
     * @return the count
     */
    long unread(UserId recipient, Instant now);

    /**
     * Marks a notice read, if it is not yet.
     *
     * @param id the notice, not null
     * @param at when, not null
     */
    void markRead(NoticeId id, Instant at);

    /**
     * Drops the content of a notice (title kept, body emptied, structured content removed).
     *
     * @param id the notice, not null
     */
    void dropContent(NoticeId id);
}
