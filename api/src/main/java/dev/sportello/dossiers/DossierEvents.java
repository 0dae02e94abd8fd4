package dev.sportello.dossiers;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the dossiers area; subjects are dossiers.
 *
 * <p>Thread-safe (constants).
 */
public final class DossierEvents {
    /** A report changed a dossier: {@code office}, {@code kind}, {@code status}, {@code changes} (comma-separated). */
    public static final EventType CHANGED = EventType.of("dossier.changed", "office", "kind", "status", "changes");
    /** A document was stored: {@code office}, {@code document} (its id), {@code documentKind}. */
    public static final EventType DOCUMENT_STORED = EventType.of("dossier.document-stored", "office", "document",
            "documentKind");

    /** Every event type of the dossiers area. */
    public static final List<EventType> ALL = List.of(CHANGED, DOCUMENT_STORED);

    private DossierEvents() {
    }
}
