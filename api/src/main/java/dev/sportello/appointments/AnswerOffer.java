package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Accepts or declines the seat a waitlist entry is offered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry           the waitlist entry, required
 * @param expectedVersion the version read
 * @param accept          true to take the seat, false to pass it to the next user
 */
public record AnswerOffer(@NotNull WaitlistEntryId entry, @PositiveOrZero long expectedVersion, boolean accept) {
}
