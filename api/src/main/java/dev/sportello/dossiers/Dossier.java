package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;

import java.time.Instant;
import java.util.List;

/**
 * A dossier as its reader sees it (R-DOS-2): kind, owner, managing office, status with its timeline,
 * outcome, measures, the requests about it, and the gaps in the reports received. Payments and documents
 * are read apart ({@link Dossiers#payments}, {@link Dossiers#documents}): they need a stronger credential.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the dossier, not null
 * @param kind         its kind with its labels, not null
 * @param owner        the owner, not null
 * @param office       the managing office, not null
 * @param status       the phase, not null
 * @param statusNote   the source's wording, or null
 * @param lastChangeAt when the last applied report happened at the source, not null
 * @param outcome      the outcome, or null
 * @param timeline     the status changes, oldest first, not null
 * @param measures     the measures, oldest first (ties by id), not null
 * @param requests     the requests about it, oldest first, not null
 * @param gaps         the reports that never arrived, oldest first, not null
 * @param sequence     the sequence number of the last applied report
 * @param version      the version, increased by each applied report
 * @param updatedAt    when the SDK last changed it, not null
 */
public record Dossier(DossierId id, DossierKind kind, UserId owner, OfficeCode office, DossierStatus status,
                      String statusNote, Instant lastChangeAt, DossierOutcome outcome, List<StatusChange> timeline,
                      List<Measure> measures, List<RequestId> requests, List<SequenceGap> gaps, long sequence,
                      long version, Instant updatedAt) {
    /** Checks and copies the components. */
    public Dossier {
        Arguments.required(id, "Dossier", "id");
        Arguments.required(kind, "Dossier", "kind");
        Arguments.required(owner, "Dossier", "owner");
        Arguments.required(office, "Dossier", "office");
        Arguments.required(status, "Dossier", "status");
        Arguments.required(lastChangeAt, "Dossier", "lastChangeAt");
        timeline = Arguments.list(timeline, "Dossier", "timeline");
        measures = Arguments.list(measures, "Dossier", "measures");
        requests = Arguments.list(requests, "Dossier", "requests");
        gaps = Arguments.list(gaps, "Dossier", "gaps");
        Arguments.required(updatedAt, "Dossier", "updatedAt");
    }
}
