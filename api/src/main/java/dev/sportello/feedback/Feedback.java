package dev.sportello.feedback;

import dev.sportello.Page;
import dev.sportello.Principal;

import java.util.List;

/**
 * Suggestions and satisfaction ratings (R-DOS-6).
 *
 * <p>Users (or whoever acts for them under a delegation covering {@code FEEDBACK_GIVE}) rate the service as a
 * whole at most once per calendar month, and each closed request or completed appointment of theirs at most
 * once. Staff ({@code FEEDBACK_REVIEW}) read the figures and triage the suggestions: back-office operators and
 * supervisors of an office for that office; supervisors and services for every office. No delegation covers
 * the review.
 *
 * <p>Implementations are thread-safe.
 */
public interface Feedback {
    /** The most characters (Unicode code points) of a suggestion. */
    int SUGGESTION_MAX_LENGTH = 2000;

    /**
     * Gives a rating, with an optional suggestion.
     *
     * @param principal the rater, not null
     * @param command   what is rated, the rating and the suggestion, not null
     * @return the rating as stored
     * @throws dev.sportello.ConflictException with {@code FBK_ALREADY_GIVEN} when it was rated already
     */
    FeedbackEntry give(Principal principal, GiveFeedback command);

    /**
     * The suggestions to triage, oldest first, with a keyset cursor.
     *
     * @param principal staff, not null
     * @param query     office, states and page, not null
     * @return the page
     */
    Page<FeedbackEntry> suggestions(Principal principal, SuggestionQuery query);

    /**
     * Moves a suggestion to another triage state, recording who and when.
     *
     * @param principal staff, not null
     * @param command   the suggestion, the version read and the state, not null
     * @return the changed rating
     */
    FeedbackEntry triage(Principal principal, TriageSuggestion command);

    /**
     * The ratings by area, office and month, oldest month first, counts below the small-cell threshold
     * suppressed.
     *
     * @param principal staff, not null
     * @param query     the months and the office, not null
     * @return one row per area, office and month that has ratings
     */
    List<RatingFigures> figures(Principal principal, RatingFiguresQuery query);
}
