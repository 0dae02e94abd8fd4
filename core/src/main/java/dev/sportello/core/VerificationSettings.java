package dev.sportello.core;

import java.time.Duration;
import java.util.Objects;

/**
 * One-time codes for contact points (R-USR-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param codeDigits  digits of a code, 6–10 (6)
 * @param validity    how long a code works (10 minutes)
 * @param maxAttempts wrong codes allowed before a new code is needed (5)
 */
public record VerificationSettings(int codeDigits, Duration validity, int maxAttempts) {
    /** Checks the values. */
    public VerificationSettings {
        if (codeDigits < 6 || codeDigits > 10 || maxAttempts < 1) {
            throw new IllegalArgumentException("codeDigits 6..10, maxAttempts >= 1");
        }
        Objects.requireNonNull(validity, "validity");
    }

    /** The defaults. */
    public static VerificationSettings defaults() {
        return new VerificationSettings(6, Duration.ofMinutes(10), 5);
    }
}
