package dev.sportello.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Moves a suggestion to another triage state (staff).
 *
 * <p>Immutable and thread-safe.
 *
 * @param feedback        the rating that carries the suggestion, required
 * @param expectedVersion the version read
 * @param state           the new state, required
 */
public record TriageSuggestion(@NotNull FeedbackId feedback, @PositiveOrZero long expectedVersion,
                               @NotNull SuggestionState state) {
}
