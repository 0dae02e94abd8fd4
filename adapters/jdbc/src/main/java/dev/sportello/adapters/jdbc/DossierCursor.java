package dev.sportello.adapters.jdbc;

import dev.sportello.SportelloException;
import dev.sportello.dossiers.DossierId;

import java.time.Instant;

/**
 * The keyset cursor of a user's dossier list: {@code <updatedAt in epoch microseconds, 19 digits>_<id>},
 * read back only in exactly the form written, so that a forged or altered cursor is refused.
 *
 * @param updatedAt the last item's update time
 * @param id        the last item's id
 */
record DossierCursor(Instant updatedAt, DossierId id) {
    private static final int DIGITS = 19;

    static String of(Instant updatedAt, DossierId id) {
        return String.format("%019d", JdbcDossierStore.micros(updatedAt)) + "_" + id.value();
    }

    static DossierCursor parse(String cursor) {
        if (cursor.length() < DIGITS + 2 || cursor.charAt(DIGITS) != '_') {
            throw Cursors.invalid();
        }
        for (int i = 0; i < DIGITS; i++) {
            if (cursor.charAt(i) < '0' || cursor.charAt(i) > '9') {
                throw Cursors.invalid();
            }
        }
        DossierId id;
        try {
            id = new DossierId(cursor.substring(DIGITS + 1));
        } catch (SportelloException e) {
            throw Cursors.invalid();
        }
        long micros;
        try {
            micros = Long.parseLong(cursor.substring(0, DIGITS));
        } catch (NumberFormatException e) {   // 19 digits may exceed a long
            throw Cursors.invalid();
        }
        Instant at = Cursors.time(Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1_000L));
        return new DossierCursor(at, id);
    }
}
