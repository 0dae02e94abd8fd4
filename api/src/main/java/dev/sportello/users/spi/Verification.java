package dev.sportello.users.spi;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * A pending one-time code of a contact point: only its salted hash is kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param codeHash     the hash of the code, in the form {@code algorithm$salt$hash}, not null
 * @param expiresAt    when the code stops working, not null
 * @param attemptsLeft how many wrong codes may still be entered
 */
public record Verification(String codeHash, Instant expiresAt, int attemptsLeft) {
    /** Checks the components. */
    public Verification {
        Arguments.required(codeHash, "Verification", "codeHash");
        Arguments.required(expiresAt, "Verification", "expiresAt");
        if (attemptsLeft < 0) {
            throw Arguments.invalid("Verification", "attemptsLeft", "must not be negative");
        }
    }
}
