package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Records that the user did not show up; allowed once the grace period after the start has passed (the
 * SDK also does it by itself at that time).
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 */
public record MarkNoShow(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion) {
}
