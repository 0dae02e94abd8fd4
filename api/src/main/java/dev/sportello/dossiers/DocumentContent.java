package dev.sportello.dossiers;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a document's bytes come from: opened by the SDK when it stores them, possibly more than once
 * (a storage may run a transaction again), so each call must give a fresh stream from the first byte.
 * The SDK closes each stream it opens.
 *
 * <p>Implementations must be safe to call from the thread that calls the SDK.
 */
@FunctionalInterface
public interface DocumentContent {
    /**
     * Opens the content.
     *
     * @return a stream from the first byte, not null
     * @throws IOException if it cannot be read (the SDK answers {@code ADAPTER_FAILED}, nothing stored)
     */
    InputStream open() throws IOException;
}
