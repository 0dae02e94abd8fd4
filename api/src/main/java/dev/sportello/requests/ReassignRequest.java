package dev.sportello.requests;

import dev.sportello.OperatorId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Hands a request to another operator of the same office (R-REQ-6).
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param to              the new assignee, an operator of the request's office, required
 */
public record ReassignRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion, @NotNull OperatorId to) {
}
