package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * Reports of a dossier that never arrived: the sequence jumped from {@code from - 1} to {@code to + 1}.
 * The SDK records the gap and applies the newer report; it never guesses what the missing ones said
 * (R-DOS-1). A missing report that arrives later is stale and changes nothing; the gap stays on record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from       the first missing sequence number, 1 or more
 * @param to         the last missing sequence number, not below {@code from}
 * @param detectedAt when the SDK saw the gap, not null
 */
public record SequenceGap(long from, long to, Instant detectedAt) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public SequenceGap {
        Arguments.required(detectedAt, "SequenceGap", "detectedAt");
        if (from < 1 || to < from) {
            throw Arguments.invalid("SequenceGap", "to", "a range 1 <= from <= to");
        }
    }
}
