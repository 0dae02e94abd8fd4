package dev.sportello;

/**
 * What one dispatcher run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimed      entries claimed
 * @param delivered    accepted by their receiver (or handled, for tasks)
 * @param refused      refused for good by their receiver (not retried)
 * @param retried      failed for now and scheduled again with backoff
 * @param deferred     put back without an attempt (quiet hours, rate limit, skipped by consent)
 * @param deadLettered failed for the last time
 */
public record DispatchReport(int claimed, int delivered, int refused, int retried, int deferred, int deadLettered) {
    /** A run that found nothing due. */
    public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0, 0);

    /**
     * Adds two reports.
     *
     * @param other the other report, not null
     * @return the sum
     */
    public DispatchReport plus(DispatchReport other) {
        Arguments.required(other, "DispatchReport", "other");
        return new DispatchReport(claimed + other.claimed, delivered + other.delivered, refused + other.refused,
                retried + other.retried, deferred + other.deferred, deadLettered + other.deadLettered);
    }
}
