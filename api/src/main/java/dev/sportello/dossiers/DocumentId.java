package dev.sportello.dossiers;

/**
 * Identifier of a document within its dossier: the source's id (e.g. {@code CU-2026}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1–64 letters, digits, {@code . _ / -}, starting with a letter or digit
 */
public record DocumentId(String value) {
    /**
     * Checks the value.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public DocumentId {
        DossierTexts.sourceId(value, "DocumentId", "document");
    }

    /**
     * A document id.
     *
     * @param value the id
     * @return the document id
     */
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
