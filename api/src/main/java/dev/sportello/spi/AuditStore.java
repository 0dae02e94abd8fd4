package dev.sportello.spi;

import dev.sportello.AuditEntry;
import dev.sportello.Page;
import dev.sportello.PageRequest;

import java.util.List;

/**
 * Append-only audit trail. Part of a transaction; not thread-safe.
 */
public interface AuditStore extends AppendingStore<AuditEntry> {
    /**
     * Appends entries.
     *
     * @param entries the entries, not null
     */
    @Override
    void appendAll(List<AuditEntry> entries);

    /**
     * Entries about one object in id order (ids are time-ordered).
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     * @param page       the page; its cursor is one this store returned
     * @return the page
     * @throws dev.sportello.InvalidInputException ({@code PAGE_CURSOR_INVALID}) for a foreign cursor
     */
    Page<AuditEntry> forObject(String objectType, String objectId, PageRequest page);
}
