package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of a dossier as listed: what it is, its file name and type (checked on its bytes when it was
 * stored), its size and hash. The content is read with {@link Dossiers#download}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier     the dossier, not null
 * @param id          the document's id in the dossier, not null
 * @param kind        the kind, not null
 * @param title       the title shown, 1–200 characters
 * @param fileName    the file name it is served with, 1–100 characters
 * @param contentType the content type, detected from the bytes, not null
 * @param year        the tax year (tax certificates) or 0
 * @param issuedOn    the day it was issued, not null
 * @param size        the size in bytes
 * @param sha256      the SHA-256 of the content, lower-case hex, not null
 * @param storedAt    when the SDK stored it, not null
 */
public record DossierDocument(DossierId dossier, DocumentId id, DocumentKind kind, String title, String fileName,
                              String contentType, int year, LocalDate issuedOn, long size, String sha256,
                              Instant storedAt) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public DossierDocument {
        Arguments.required(dossier, "DossierDocument", "dossier");
        Arguments.required(id, "DossierDocument", "id");
        Arguments.required(kind, "DossierDocument", "kind");
        Arguments.required(title, "DossierDocument", "title");
        Arguments.required(fileName, "DossierDocument", "fileName");
        Arguments.required(contentType, "DossierDocument", "contentType");
        Arguments.required(issuedOn, "DossierDocument", "issuedOn");
        Arguments.required(sha256, "DossierDocument", "sha256");
        Arguments.required(storedAt, "DossierDocument", "storedAt");
    }
}
