package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;

import java.util.Set;

/**
 * What the SDK did with one report (R-DOS-1).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ReportResult {
    /** The dossier the report is about, or null when the report itself was missing. */
    DossierId dossier();

    /** The report's sequence number (0 when the report was missing). */
    long sequence();

    /**
     * The report changed the dossier (or created it).
     *
     * @param dossier  the dossier, not null
     * @param sequence the report's sequence number
     * @param version  the dossier's version after the change
     * @param created  whether the dossier is new
     * @param changes  what changed, not null
     * @param gap      the reports this one jumped over, recorded on the dossier, or null
     */
    record Applied(DossierId dossier, long sequence, long version, boolean created, Set<DossierChange> changes,
                   SequenceGap gap) implements ReportResult {
        /** Checks and copies the components. */
        public Applied {
            Arguments.required(dossier, "Applied", "dossier");
            changes = Arguments.set(changes, "Applied", "changes");
        }
    }

    /**
     * The report changed nothing.
     *
     * @param dossier  the dossier, not null
     * @param sequence the report's sequence number
     * @param reason   why, not null
     */
    record Unchanged(DossierId dossier, long sequence, Reason reason) implements ReportResult {
        /** Checks the components. */
        public Unchanged {
            Arguments.required(dossier, "Unchanged", "dossier");
            Arguments.required(reason, "Unchanged", "reason");
        }
    }

    /**
     * The report was refused and nothing of it was kept (in a bulk call; a single report throws instead).
     *
     * @param dossier  the dossier, or null when the report was missing
     * @param sequence the report's sequence number, or 0
     * @param code     the error code, not null
     * @param field    the field at fault, or null
     */
    record Rejected(DossierId dossier, long sequence, ErrorCode code, String field) implements ReportResult {
        /** Checks the components. */
        public Rejected {
            Arguments.required(code, "Rejected", "code");
        }
    }

    /** Why a report changed nothing. */
    enum Reason {
        /** An earlier report than the last applied one: it arrived late. */
        STALE,
        /** The last applied report again, with the same content. */
        DUPLICATE
    }
}
