package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Passes on the seat a waitlist entry is offered: the user leaves the waitlist and the seat goes to the
 * next user waiting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry           the waitlist entry, required
 * @param expectedVersion the version read
 */
public record DeclineOffer(@NotNull WaitlistEntryId entry, @PositiveOrZero long expectedVersion) {
}
