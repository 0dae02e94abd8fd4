package dev.sportello.dossiers.spi;

import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;

import java.util.List;
import java.util.Optional;

/**
 * The metadata of dossier documents, one per dossier and document id. Part of a transaction; not
 * thread-safe.
 */
public interface DocumentStore {
    /**
     * Adds a document, or replaces the one with the same dossier and id.
     *
     * @param document the document, not null
     */
    void put(DossierDocument document);

    /**
     * Reads a document's metadata.
     *
     * @param dossier the dossier, not null
     * @param id      the document, not null
     * @return the document, if any
     */
    Optional<DossierDocument> find(DossierId dossier, DocumentId id);

    /**
     * A dossier's documents, latest {@code issuedOn} first, ties by id descending.
     *
     * @param dossier the dossier, not null
     * @return the documents; never null
     */
    List<DossierDocument> list(DossierId dossier);

    /**
     * The documents of every dossier an owner has (as {@link DossierStore} holds them), latest
     * {@code issuedOn} first, ties by dossier id then document id, both descending.
     *
     * @param owner the owner, not null
     * @return the documents; never null
     */
    List<DossierDocument> listOfOwner(UserId owner);
}
