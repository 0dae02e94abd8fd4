package dev.sportello.delegation;

import dev.sportello.DelegationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The delegate refuses a pending delegation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delegation      the delegation, required
 * @param expectedVersion the version read
 */
public record RejectDelegation(@NotNull DelegationId delegation, @PositiveOrZero long expectedVersion) {
}
