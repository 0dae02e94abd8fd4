package dev.sportello.medical;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;

/**
 * A dossier's current medical report as its readers see it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier         the dossier, not null
 * @param owner           the holder, not null
 * @param office          the dossier's managing office, not null
 * @param report          the report as reported, not null
 * @param replacedEdition the edition this one replaced after a review, or null for a first issue
 * @param recordedAt      when the SDK recorded this edition, not null
 * @param availableUntil  until when the guide is available (R-DOS-4: 6 months by default), not null
 * @param audience        what the audience rules decided, not null
 */
public record MedicalReportView(DossierId dossier, UserId owner, OfficeCode office, MedicalReport report,
                                Integer replacedEdition, Instant recordedAt, Instant availableUntil, Audience audience) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public MedicalReportView {
        Arguments.required(dossier, "MedicalReportView", "dossier");
        Arguments.required(owner, "MedicalReportView", "owner");
        Arguments.required(office, "MedicalReportView", "office");
        Arguments.required(report, "MedicalReportView", "report");
        Arguments.required(recordedAt, "MedicalReportView", "recordedAt");
        Arguments.required(availableUntil, "MedicalReportView", "availableUntil");
        Arguments.required(audience, "MedicalReportView", "audience");
    }
}
