package dev.sportello.appointments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Cancels an appointment, by its user or by the office, with a reason the user is told.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 * @param reason          1 to 500 characters
 */
public record CancelAppointment(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion,
                                @NotBlank @Size(max = 500) String reason) {
}
