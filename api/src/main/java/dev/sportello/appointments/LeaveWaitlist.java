package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Leaves the waitlist (an offer held for the user passes to the next one).
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry           the waitlist entry, required
 * @param expectedVersion the version read
 */
public record LeaveWaitlist(@NotNull WaitlistEntryId entry, @PositiveOrZero long expectedVersion) {
}
