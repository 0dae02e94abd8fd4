package dev.sportello.feedback;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the feedback area (R-DOS-6); subjects are ratings. They carry no text and no user.
 *
 * <p>Thread-safe (constants).
 */
public final class FeedbackEvents {
    /** A rating was given: {@code area} ({@link FeedbackArea} name), {@code rating} (1–5), {@code withSuggestion}. */
    public static final EventType GIVEN = EventType.of("feedback.given", "area", "rating", "withSuggestion");
    /** A suggestion changed its triage state: {@code state} ({@link SuggestionState} name). */
    public static final EventType TRIAGED = EventType.of("feedback.triaged", "state");

    /** Every event type of the feedback area. */
    public static final List<EventType> ALL = List.of(GIVEN, TRIAGED);

    private FeedbackEvents() {
    }
}
