package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;
import java.util.UUID;

/** Keyset cursors: the id of the last row of a page. */
final class Cursors {
    private Cursors() {
    }

    static UUID after(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
        }
    }
}
