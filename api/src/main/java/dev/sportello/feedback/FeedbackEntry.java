package dev.sportello.feedback;

import dev.sportello.Arguments;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.util.List;

/**
 * A rating with its suggestion, as the rater and the staff see it. It does not name who rated: the staff
 * triage what was suggested, not who suggested it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the id, not null
 * @param target     what was rated, not null
 * @param rating     1 (very unsatisfied) to 5 (very satisfied)
 * @param suggestion the suggestion exactly as given, or null when none was given
 * @param office     the office the rating counts for — the request's or the appointment's, or the rater's
 *                   competent office for the whole service — or null when none is known
 * @param givenAt    when it was given, not null
 * @param state      the suggestion's triage state, or null when there is no suggestion
 * @param changes    every change of that state, oldest first, not null, immutable
 * @param version    optimistic-locking version
 */
public record FeedbackEntry(FeedbackId id, FeedbackTarget target, int rating, String suggestion, OfficeCode office,
                            Instant givenAt, SuggestionState state, List<SuggestionChange> changes, long version) {
    /** Checks and copies the components. */
    public FeedbackEntry {
        Arguments.required(id, "FeedbackEntry", "id");
        Arguments.required(target, "FeedbackEntry", "target");
        Arguments.required(givenAt, "FeedbackEntry", "givenAt");
        changes = Arguments.list(changes, "FeedbackEntry", "changes");
    }
}
