package dev.sportello.dossiers;


import java.time.LocalDate;

/**
 * A measure (provvedimento): a formal decision addressed to the user, about the dossier or about one of
 * its payments, possibly with its letter among the dossier's documents. Identified in its dossier by the
 * source's id: a later report with the same id replaces it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the source's id, 1–64 letters, digits, {@code . _ / -}
 * @param date     the day it was issued, not null
 * @param kind     its kind as the source names it, 1–80 characters (e.g. {@code "Liquidazione indennità"})
 * @param text     its text, 1–4000 characters
 * @param payment  the id of the payment it is about, or null when about the dossier
 * @param document the id of its letter among the dossier's documents, or null
 */
public record Measure(String id, LocalDate date, String kind, String text, String payment, DocumentId document) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code TEXT_MALFORMED}
     */
    public Measure {
        DossierTexts.sourceId(id, "Measure", "id");
        DossierTexts.date(date, "Measure", "date");
        DossierTexts.text(kind, "Measure", "kind", 80);
        DossierTexts.text(text, "Measure", "text", 4000);
        if (payment != null) {
            DossierTexts.sourceId(payment, "Measure", "payment");
        }
    }
}
