package dev.sportello.feedback;

/**
 * Where a suggestion stands in the staff's triage: NEW → READ → TAKEN_UP or DISMISSED; NEW may go straight
 * to TAKEN_UP or DISMISSED. TAKEN_UP and DISMISSED are final.
 *
 * <p>Thread-safe (an enum).
 */
public enum SuggestionState {
    /** Nobody has looked at it yet. */
    NEW,
    /** A member of staff has read it. */
    READ,
    /** It was taken up: the institution will act on it. */
    TAKEN_UP,
    /** It was dismissed. */
    DISMISSED;

    /** Whether the triage of a suggestion in this state is over. */
    public boolean isFinal() {
        return this == TAKEN_UP || this == DISMISSED;
    }
}
