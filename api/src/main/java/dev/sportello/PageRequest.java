package dev.sportello;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which page to read: a size and, after the first page, the cursor that the previous page returned.
 * Cursors are opaque keyset positions, so pages stay stable when new items are inserted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size   items per page, 1 to 200
 * @param cursor the {@link Page#nextCursor()} of the previous page, or null for the first page
 */
public record PageRequest(@Min(1) @Max(200) int size, @Size(max = 512) String cursor) {

    /**
     * The first page.
     *
     * @param size items per page, 1 to 200
     * @return the request
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /**
     * The page after the given one, with the same size.
     *
     * @param page the previous page; null is refused with {@code VALUE_REQUIRED}
     * @return the request, or null if the given page was the last
     */
    public PageRequest after(Page<?> page) {
        Arguments.required(page, "PageRequest", "page");
        return page.nextCursor() == null ? null : new PageRequest(size, page.nextCursor());
    }
}
