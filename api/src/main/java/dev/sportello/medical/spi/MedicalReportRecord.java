package dev.sportello.medical.spi;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.notifications.NoticeId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.Instant;

/**
 * A dossier's current medical report as stored: one per dossier, replaced by a later edition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier         the dossier, not null
 * @param owner           the holder, not null
 * @param office          the managing office when recorded, not null
 * @param report          the report, not null
 * @param replacedEdition the edition it replaced, or null
 * @param recordedAt      when recorded, not null
 * @param availableUntil  until when its guide is available, not null
 * @param notice          the inbox notice that announced it, or null (none yet, or outside the audience)
 */
public record MedicalReportRecord(DossierId dossier, UserId owner, OfficeCode office, MedicalReport report,
                                  Integer replacedEdition, Instant recordedAt, Instant availableUntil, NoticeId notice) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} for a missing component
     */
    public MedicalReportRecord {
        Required.value(dossier, "MedicalReportRecord", "dossier");
        Required.value(owner, "MedicalReportRecord", "owner");
        Required.value(office, "MedicalReportRecord", "office");
        Required.value(report, "MedicalReportRecord", "report");
        Required.value(recordedAt, "MedicalReportRecord", "recordedAt");
        Required.value(availableUntil, "MedicalReportRecord", "availableUntil");
    }

    /** The same record announced by a notice. @param value the notice @return the copy */
    public MedicalReportRecord withNotice(NoticeId value) {
        return new MedicalReportRecord(dossier, owner, office, report, replacedEdition, recordedAt, availableUntil, value);
    }
}
