package dev.sportello.appointments;

import dev.sportello.Arguments;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A bookable slot and how many seats it has left.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start     the start (book with this instant), not null
 * @param end       the end, not null
 * @param local     the start on the office's wall clock, with its offset, not null
 * @param seats     the seats of the slot in the queried mode
 * @param remaining the seats still free (for a sign-language query: also limited by the free
 *                  sign-language operators); 0 when full
 */
public record Slot(Instant start, Instant end, OffsetDateTime local, int seats, int remaining) {
    /** Checks the components. */
    public Slot {
        Arguments.required(start, "Slot", "start");
        Arguments.required(end, "Slot", "end");
        Arguments.required(local, "Slot", "local");
    }

    /** Whether no seat is left. */
    public boolean full() {
        return remaining == 0;
    }
}
