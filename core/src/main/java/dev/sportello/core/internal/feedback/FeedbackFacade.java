package dev.sportello.core.internal.feedback;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.feedback.Feedback;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.RatingFigures;
import dev.sportello.feedback.RatingFiguresQuery;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.feedback.TriageSuggestion;

import java.util.List;

/**
 * The {@link Feedback} use cases: giving a rating ({@link Rating}), and the staff's review ({@link Review}).
 *
 * <p>Thread-safe.
 */
final class FeedbackFacade implements Feedback {
    private final Rating rating;
    private final Review review;

    FeedbackFacade(Rating rating, Review review) {
        this.rating = rating;
        this.review = review;
    }

    @Override
    public FeedbackEntry give(Principal principal, GiveFeedback command) {
        return rating.give(principal, command);
    }

    @Override
    public Page<FeedbackEntry> suggestions(Principal principal, SuggestionQuery query) {
        return review.suggestions(principal, query);
    }

    @Override
    public FeedbackEntry triage(Principal principal, TriageSuggestion command) {
        return review.triage(principal, command);
    }

    @Override
    public List<RatingFigures> figures(Principal principal, RatingFiguresQuery query) {
        return review.figures(principal, query);
    }
}
