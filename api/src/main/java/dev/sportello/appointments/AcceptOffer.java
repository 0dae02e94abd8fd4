package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Takes the seat a waitlist entry is offered: the seat held for the user becomes their appointment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry           the waitlist entry, required
 * @param expectedVersion the version read
 */
public record AcceptOffer(@NotNull WaitlistEntryId entry, @PositiveOrZero long expectedVersion) {
}
