package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * What the institution's system of record reports about a dossier (R-DOS-1): its header as it stands
 * now (kind, owner, managing office, status, outcome) and the measures and payments that are new or
 * changed (each replaces the one with the same id; those not named stay as they are). Reports arrive
 * late, twice or out of order: each carries the source's sequence number for the dossier, and a report
 * whose number is not above the last applied one changes nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier      the dossier, not null
 * @param sequence     the source's sequence number for the dossier, from 1, increasing with each change
 * @param occurredAt   when the change happened at the source, not null
 * @param kind         the dossier's kind, one of the configured kinds; never changes
 * @param owner        the user it belongs to, a registered user; never changes
 * @param office       the managing office, in the office directory
 * @param status       the phase, never earlier than the stored one
 * @param statusNote   the source's wording of the status, or null (up to 200 characters)
 * @param outcome      the outcome, only once {@link DossierStatus#DECIDED} or later; null if not decided
 * @param measures     new or changed measures, at most 200, not null
 * @param payments     new or changed payments, at most 500, not null
 * @param personalData the owner's personal data as the institution holds them, or null when unchanged
 * @param medicalReport the dossier's medical report (R-DOS-4) when it is issued or re-issued, or null when
 *                      there is none or it is unchanged ({@link dev.sportello.dossiers.MedicalReport})
 */
public record DossierReport(@NotNull DossierId dossier, @Min(1) @Max(Long.MAX_VALUE - 1) long sequence,
                            @NotNull Instant occurredAt, @NotNull DossierKindCode kind, @NotNull UserId owner,
                            @NotNull OfficeCode office, @NotNull DossierStatus status, @Size(min = 1, max = 200) String statusNote,
                            @Valid DossierOutcome outcome,
                            @NotNull @Size(max = 200) List<@NotNull Measure> measures,
                            @NotNull @Size(max = 500) List<@NotNull Payment> payments,
                            PersonalData personalData, dev.sportello.dossiers.MedicalReport medicalReport) {
    /** Copies the lists. */
    public DossierReport {
        measures = Arguments.lenientList(measures);
        payments = Arguments.lenientList(payments);
    }

    /**
     * A report without a medical report.
     *
     * @param dossier      the dossier
     * @param sequence     the sequence number
     * @param occurredAt   when it happened at the source
     * @param kind         the kind
     * @param owner        the owner
     * @param office       the managing office
     * @param status       the phase
     * @param statusNote   the status note, or null
     * @param outcome      the outcome, or null
     * @param measures     new or changed measures
     * @param payments     new or changed payments
     * @param personalData the personal data, or null
     */
    public DossierReport(DossierId dossier, long sequence, Instant occurredAt, DossierKindCode kind, UserId owner,
                         OfficeCode office, DossierStatus status, String statusNote, DossierOutcome outcome,
                         List<Measure> measures, List<Payment> payments, PersonalData personalData) {
        this(dossier, sequence, occurredAt, kind, owner, office, status, statusNote, outcome, measures, payments,
                personalData, null);
    }

    /**
     * The record's text form, as a record writes it; the {@code medicalReport} component only when there is one, so
     * that a report without one reads as it did before the component existed (the feed's fingerprint of a repeated
     * report stays the one stored).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "DossierReport[dossier=" + dossier + ", sequence=" + sequence + ", occurredAt=" + occurredAt + ", kind=" + kind
                + ", owner=" + owner + ", office=" + office + ", status=" + status + ", statusNote=" + statusNote
                + ", outcome=" + outcome + ", measures=" + measures + ", payments=" + payments + ", personalData="
                + personalData + (medicalReport == null ? "" : ", medicalReport=" + medicalReport) + "]";
    }

    /**
     * The same report carrying a medical report.
     *
     * @param value the medical report, or null for none
     * @return the copy
     */
    public DossierReport withMedicalReport(dev.sportello.dossiers.MedicalReport value) {
        return new DossierReport(dossier, sequence, occurredAt, kind, owner, office, status, statusNote, outcome, measures,
                payments, personalData, value);
    }

    /**
     * A report of the header only (no measures, payments or personal data).
     *
     * @param dossier    the dossier
     * @param sequence   the sequence number
     * @param occurredAt when it happened at the source
     * @param kind       the kind
     * @param owner      the owner
     * @param office     the managing office
     * @param status     the phase
     * @return the report
     */
    public static DossierReport header(DossierId dossier, long sequence, Instant occurredAt, DossierKindCode kind,
                                       UserId owner, OfficeCode office, DossierStatus status) {
        return new DossierReport(dossier, sequence, occurredAt, kind, owner, office, status, null, null, List.of(),
                List.of(), null);
    }
}
