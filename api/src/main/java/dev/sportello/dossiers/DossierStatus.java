package dev.sportello.dossiers;

/**
 * The phase of a dossier, in the only order it moves: a report never moves a dossier back to an
 * earlier phase (R-DOS-1). The system of record's own wording goes in the report's status note.
 *
 * <p>Thread-safe (an enum).
 */
public enum DossierStatus {
    /** Received by the institution, not yet examined. */
    RECEIVED,
    /** Being examined (instruction, medical visits, …). */
    IN_PROGRESS,
    /** Decided: the outcome is known. */
    DECIDED,
    /** Closed: nothing more will happen (payments of an annuity may still follow). */
    CLOSED;

    /**
     * Whether this phase comes before another.
     *
     * @param other the other phase; null is before every phase
     * @return whether this one is earlier
     */
    public boolean isBefore(DossierStatus other) {
        return other != null && ordinal() < other.ordinal();
    }
}
