package dev.sportello;

import java.util.List;

/**
 * One page of results, in a stable order, with the cursor of the next page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items      the items, never null, immutable
 * @param nextCursor the cursor of the next page, or null when this is the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
    /** Copies the items. */
    public Page {
        items = Arguments.list(items, "Page", "items");
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
