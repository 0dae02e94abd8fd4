package dev.sportello.users;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Sends a fresh one-time code to an unverified contact point; the previous code stops working.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId    the user, required
 * @param contactId the contact point, required
 */
public record ResendVerification(@NotNull UserId userId, @NotNull ContactId contactId) {
}
