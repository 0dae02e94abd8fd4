package dev.sportello.users.spi;

import java.time.Instant;
import java.util.Objects;

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
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (attemptsLeft < 0) {
            throw new IllegalArgumentException("attemptsLeft < 0");
        }
    }
}
