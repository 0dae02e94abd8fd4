package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A medical report (verbale sanitario, R-DOS-4) as the institution's system of record reports it with its
 * dossier ({@link dev.sportello.dossiers.DossierReport#medicalReport()}). A dossier has one current report:
 * a later edition (a re-issue after a review) replaces it; an earlier edition is refused
 * ({@code MED_EDITION_BACKWARDS}), the same edition with other content is a conflict
 * ({@code MED_EDITION_REUSED}).
 *
 * <p>It carries what the guide shows and what an attestation of the status needs; never a diagnosis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number                 the report's number at the source, 1–64 letters, digits, {@code . _ / -}
 * @param edition                1 for the first issue, one more for each re-issue after a review
 * @param kind                   the kind, not null
 * @param issuedBy               the issuing body and region, not null
 * @param issuedOn               the date of issue, not null
 * @param holderBirthDate        the holder's date of birth (minors are reached through their parents'
 *                               delegation), not after {@code issuedOn}
 * @param judgement              the medical-legal judgement in plain words, 1–500 characters
 * @param percentage             the invalidity percentage, 0–100, or null where the kind has none (handicap
 *                               under Law 104/1992); outside 0–100 is {@code MED_PERCENTAGE_OUT_OF_RANGE}
 * @param benefits               the benefits recognised, at most 20, not null
 * @param taxReliefs             the tax reliefs, at most 20 texts of at most 500 characters, not null
 * @param rightsAndObligations   the rights and obligations, at most 20 texts of at most 500 characters, not null
 * @param incompatibilities      the incompatibilities set by law, at most 20, not null
 * @param reviewOn               the date of the next review, or null when none is foreseen; after {@code issuedOn}
 * @param disabilityCardEntitled whether the holder is entitled to the Disability Card
 * @param statusAttested         whether the status may be attested (the QR code is offered only then)
 */
public record MedicalReport(String number, int edition, MedicalReportKind kind, IssuingBody issuedBy, LocalDate issuedOn,
                            LocalDate holderBirthDate, String judgement, Integer percentage, List<Benefit> benefits,
                            List<String> taxReliefs, List<String> rightsAndObligations,
                            List<Incompatibility> incompatibilities, LocalDate reviewOn, boolean disabilityCardEntitled,
                            boolean statusAttested) {
    private static final String TYPE = "MedicalReport";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code MED_PERCENTAGE_OUT_OF_RANGE}
     */
    public MedicalReport {
        Arguments.required(number, TYPE, "number");
        if (!NUMBER.matcher(number).matches()) {
            throw Arguments.invalid(TYPE, "number", "1 to 64 letters, digits, . _ / - starting with a letter or digit");
        }
        if (edition < 1 || edition > 999) {
            throw Arguments.invalid(TYPE, "edition", "1 to 999");
        }
        Arguments.required(kind, TYPE, "kind");
        Arguments.required(issuedBy, TYPE, "issuedBy");
        MedicalTexts.date(issuedOn, TYPE, "issuedOn");
        MedicalTexts.date(holderBirthDate, TYPE, "holderBirthDate");
        if (holderBirthDate.isAfter(issuedOn)) {
            throw Arguments.invalid(TYPE, "holderBirthDate", "on or before issuedOn");
        }
        judgement = MedicalTexts.text(judgement, TYPE, "judgement", 500);
        if (percentage != null && (percentage < 0 || percentage > 100)) {
            throw SportelloException.invalidField(ErrorCode.MED_PERCENTAGE_OUT_OF_RANGE, "percentage",
                    Map.of("percentage", Integer.toString(percentage)));
        }
        benefits = Arguments.list(benefits, TYPE, "benefits");
        if (benefits.size() > 20) {
            throw Arguments.invalid(TYPE, "benefits", "at most 20 items");
        }
        taxReliefs = MedicalTexts.texts(taxReliefs, TYPE, "taxReliefs", 20, 500);
        rightsAndObligations = MedicalTexts.texts(rightsAndObligations, TYPE, "rightsAndObligations", 20, 500);
        incompatibilities = Arguments.list(incompatibilities, TYPE, "incompatibilities");
        if (incompatibilities.size() > 20) {
            throw Arguments.invalid(TYPE, "incompatibilities", "at most 20 items");
        }
        if (reviewOn != null && !MedicalTexts.date(reviewOn, TYPE, "reviewOn").isAfter(issuedOn)) {
            throw Arguments.invalid(TYPE, "reviewOn", "after issuedOn");
        }
    }

    /** The percentage band an attestation shows instead of the exact percentage; never null. */
    public PercentageBand band() {
        return PercentageBand.of(percentage);
    }

    /**
     * Names the report without its content: the judgement, percentage, benefits and the holder's birth date are
     * health and personal data, kept out of logs and messages.
     */
    @Override
    public String toString() {
        return "MedicalReport[number=" + number + ", edition=" + edition + ", …]";
    }
}
