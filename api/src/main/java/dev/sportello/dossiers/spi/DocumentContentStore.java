package dev.sportello.dossiers.spi;

import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The document content port: the bytes of dossier documents, streamed in and out, never held whole by the
 * core. Part of the transaction like every store: content written by a transaction that rolls back is
 * gone. Not thread-safe.
 */
public interface DocumentContentStore {
    /**
     * Stores a document's content, replacing what was there, reading the stream to its end (the caller
     * closes it). An exception from the stream (the core refusing the content part-way) must propagate and
     * leave nothing once the transaction rolls back.
     *
     * @param dossier the dossier, not null
     * @param id      the document, not null
     * @param content the bytes, not null
     * @return how many bytes were stored
     * @throws IOException if the stream fails
     */
    long write(DossierId dossier, DocumentId id, InputStream content) throws IOException;

    /**
     * Writes a document's content to a stream (which the store does not close).
     *
     * @param dossier the dossier, not null
     * @param id      the document, not null
     * @param out     where the bytes go, not null
     * @return whether there was content (nothing is written when there was none)
     * @throws IOException if writing fails
     */
    boolean read(DossierId dossier, DocumentId id, OutputStream out) throws IOException;
}
