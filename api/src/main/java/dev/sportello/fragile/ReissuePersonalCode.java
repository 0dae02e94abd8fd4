package dev.sportello.fragile;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Issues a new personal code to an enrolled user and posts it: the old code stops working at once, a lock
 * after wrong codes ends, and a letter with the old code still queued is cancelled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user            the enrolled user, required
 * @param expectedVersion the version of the enrolment read
 */
public record ReissuePersonalCode(@NotNull UserId user, @PositiveOrZero long expectedVersion) {
}
