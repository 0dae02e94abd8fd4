package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * One entry of a dossier's status timeline: the phase it reached, the source's wording, when the source
 * says it happened, and the report that brought it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status   the phase, not null
 * @param note     the source's wording, or null
 * @param at       when it happened at the source, not null
 * @param sequence the sequence number of the report
 */
public record StatusChange(DossierStatus status, String note, Instant at, long sequence) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public StatusChange {
        Arguments.required(status, "StatusChange", "status");
        Arguments.required(at, "StatusChange", "at");
    }
}
