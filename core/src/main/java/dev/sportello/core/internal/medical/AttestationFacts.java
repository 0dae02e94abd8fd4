package dev.sportello.core.internal.medical;

import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.PercentageBand;

import java.time.LocalDate;

/**
 * What an attestation of a status needs (R-DOS-5), and nothing more: the holder's name and birth date, the
 * status category and percentage band, and the validity — never the judgement, the exact percentage or a
 * diagnosis. The dossier, report number and edition let the attestation code tie a token to the edition it
 * attests and revoke it when a later edition replaces it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier         the dossier
 * @param reportNumber    the report's number at the source
 * @param edition         the edition attested
 * @param holderName      the holder's name as registered
 * @param holderBirthDate the holder's birth date
 * @param category        the status category (the report's kind)
 * @param band            the percentage band
 * @param validFrom       the date of issue
 * @param validUntil      the review date, or null when no review is foreseen
 */
public record AttestationFacts(DossierId dossier, String reportNumber, int edition, String holderName,
                               LocalDate holderBirthDate, MedicalReportKind category, PercentageBand band,
                               LocalDate validFrom, LocalDate validUntil) {
    /** Without the holder's name, birth date and status: personal and health data stay out of logs. */
    @Override
    public String toString() {
        return "AttestationFacts[dossier=" + dossier + ", reportNumber=" + reportNumber + ", edition=" + edition + ", …]";
    }
}
