package dev.sportello;

import java.util.List;
import java.util.Objects;

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
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
