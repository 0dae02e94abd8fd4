package dev.sportello.feedback;

import dev.sportello.Arguments;
import dev.sportello.PartyId;

import java.time.Instant;

/**
 * One change of a suggestion's triage state: to which state, by whom, when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the new state, not null
 * @param by    the operator or service who changed it, not null
 * @param at    when, not null
 */
public record SuggestionChange(SuggestionState state, PartyId by, Instant at) {
    /** Checks the components. */
    public SuggestionChange {
        Arguments.required(state, "SuggestionChange", "state");
        Arguments.required(by, "SuggestionChange", "by");
        Arguments.required(at, "SuggestionChange", "at");
    }
}
