package dev.sportello.fragile;

/**
 * Where a letter is: queued in the outbox, handed to the print-and-post provider, refused by it, or cancelled
 * before posting (a personal-code letter whose code was reissued or revoked).
 *
 * <p>Thread-safe (an enum).
 */
public enum LetterStatus {
    /** Waiting for the dispatcher; a failed posting is retried and the letter stays queued. */
    QUEUED,
    /** Accepted by the provider, with its reference. */
    POSTED,
    /** Refused for good by the provider (an address it cannot serve); never sent another way. */
    REFUSED,
    /** Cancelled before posting: its personal code was reissued or revoked. */
    CANCELLED;

    /** Whether the letter has left the queue. */
    public boolean isFinal() {
        return this != QUEUED;
    }
}
