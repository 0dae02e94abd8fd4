package dev.sportello.requests;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Takes a request in charge: the acting operator becomes its assignee (OPEN → IN_CHARGE).
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param comment         a comment the user sees, or null (up to 2000 characters)
 */
public record TakeInCharge(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                           @Size(max = 2000) String comment) {
}
