package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Keyset cursors: the id of the last row of a page, and for ordered pages its time. A cursor is read
 * back only in the exact form this adapter wrote, so that every storage refuses the same forged cursors.
 */
final class Cursors {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Cursors() {
    }

    static UUID after(String cursor) {
        return cursor == null ? null : id(cursor);
    }

    /** A row id in its canonical text ({@code UUID.fromString} also takes {@code 1-1-1-1-1}). */
    static UUID id(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw invalid();
    }

    /** A time the database can compare with: years 1900 to 9999. */
    static Instant time(Instant at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw invalid();
        }
        return at;
    }

    static RuntimeException invalid() {
        return SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
    }
}
