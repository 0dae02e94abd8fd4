package dev.sportello.feedback.spi;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.offices.OfficeCode;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ratings, their suggestions and the suggestions' triage history (R-DOS-6). Part of a transaction; not
 * thread-safe.
 */
public interface FeedbackStore {
    /**
     * Adds a rating (version 0, no changes yet).
     *
     * @param feedback the rating, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id or the
     *         {@linkplain FeedbackRecord#onceKey() once key} is taken; nothing is stored then
     */
    void insert(FeedbackRecord feedback);

    /**
     * Replaces a rating's triage state if its stored version is {@code expectedVersion}. The changes only ever
     * grow: those beyond the stored ones are appended.
     *
     * @param feedback        the new state with version {@code expectedVersion + 1}, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void update(FeedbackRecord feedback, long expectedVersion);

    /**
     * Reads a rating.
     *
     * @param id the id, not null
     * @return the rating, if any
     */
    Optional<FeedbackRecord> find(FeedbackId id);

    /**
     * Reads the rating with a once key.
     *
     * @param onceKey the key, not null
     * @return the rating, if any
     */
    Optional<FeedbackRecord> findByOnceKey(String onceKey);

    /**
     * The ratings that carry a suggestion in one of the states, oldest first (ties by id), with a keyset
     * cursor. A cursor this store did not write is refused with {@code PAGE_CURSOR_INVALID}.
     *
     * @param office the office, or null for every office (ratings without an office included)
     * @param states the states, not empty
     * @param page   the page, not null
     * @return the page
     */
    Page<FeedbackRecord> suggestions(OfficeCode office, Set<SuggestionState> states, PageRequest page);

    /**
     * The ratings counted per area, office and month, between two months (both included), in no particular
     * order.
     *
     * @param office the office, or null for every office (ratings without an office included)
     * @param from   the first month, not null
     * @param to     the last month, not null
     * @return one tally per area, office and month that has ratings
     */
    List<RatingTally> tallies(OfficeCode office, YearMonth from, YearMonth to);
}
