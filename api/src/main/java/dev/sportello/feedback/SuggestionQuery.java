package dev.sportello.feedback;

import dev.sportello.Arguments;
import dev.sportello.PageRequest;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * The queue of suggestions to triage, oldest first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office the office whose suggestions to list, or null for every office (supervisors and services)
 * @param states only these states; empty for NEW and READ (what is still to triage)
 * @param page   the page, required
 */
public record SuggestionQuery(OfficeCode office, @NotNull Set<@NotNull SuggestionState> states,
                              @NotNull @Valid PageRequest page) {
    /** Copies the states. */
    public SuggestionQuery {
        states = Arguments.lenientSet(states);
    }

    /**
     * The suggestions of an office still to triage.
     *
     * @param office the office, or null for every office
     * @param page   the page
     * @return the query
     */
    public static SuggestionQuery toTriage(OfficeCode office, PageRequest page) {
        return new SuggestionQuery(office, Set.of(), page);
    }
}
