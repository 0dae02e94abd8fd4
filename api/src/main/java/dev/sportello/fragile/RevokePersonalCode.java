package dev.sportello.fragile;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Revokes an enrolled user's personal code (lost, disclosed): it identifies nobody until a new one is issued,
 * and a letter with it still queued is cancelled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user            the enrolled user, required
 * @param expectedVersion the version of the enrolment read
 */
public record RevokePersonalCode(@NotNull UserId user, @PositiveOrZero long expectedVersion) {
}
