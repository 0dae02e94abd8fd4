package dev.sportello.dossiers;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a download goes (an HTTP response): told the document's name, type and size first, so that it can
 * set its headers, then given the bytes, streamed. The SDK does not close the stream it is given.
 *
 * <p>Used by one download at a time; called on the thread that calls the SDK.
 */
@FunctionalInterface
public interface DocumentSink {
    /**
     * Opens the destination of a document's bytes.
     *
     * @param document the document (file name, content type, size), not null
     * @return the stream to write the bytes to, not null
     * @throws IOException if the destination cannot take them (the SDK answers {@code ADAPTER_FAILED})
     */
    OutputStream open(DossierDocument document) throws IOException;
}
