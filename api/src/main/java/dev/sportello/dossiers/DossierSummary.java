package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;

/**
 * A dossier in a list: its kind, status and last change.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the dossier, not null
 * @param kind         its kind code, not null
 * @param office       the managing office, not null
 * @param status       the phase, not null
 * @param statusNote   the source's wording, or null
 * @param outcomeCode  the outcome's code, or null
 * @param lastChangeAt when its last applied report happened at the source, not null
 * @param updatedAt    when the SDK last changed it (the list's order), not null
 */
public record DossierSummary(DossierId id, DossierKindCode kind, OfficeCode office, DossierStatus status,
                             String statusNote, String outcomeCode, Instant lastChangeAt, Instant updatedAt) {
    /** Checks the components. */
    public DossierSummary {
        Arguments.required(id, "DossierSummary", "id");
        Arguments.required(kind, "DossierSummary", "kind");
        Arguments.required(office, "DossierSummary", "office");
        Arguments.required(status, "DossierSummary", "status");
        Arguments.required(lastChangeAt, "DossierSummary", "lastChangeAt");
        Arguments.required(updatedAt, "DossierSummary", "updatedAt");
    }
}
