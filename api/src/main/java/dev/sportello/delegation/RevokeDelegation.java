package dev.sportello.delegation;

import dev.sportello.DelegationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Revokes a delegation (its delegator, its delegate, or a service).
 *
 * <p>Immutable and thread-safe.
 *
 * @param delegation      the delegation, required
 * @param expectedVersion the version read
 */
public record RevokeDelegation(@NotNull DelegationId delegation, @PositiveOrZero long expectedVersion) {
}
