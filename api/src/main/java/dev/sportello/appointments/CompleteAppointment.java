package dev.sportello.appointments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Ends an appointment in progress with an outcome from the configured list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 * @param outcome         the outcome code, required
 * @param text            a note on the outcome, up to 2000 characters, or null
 */
public record CompleteAppointment(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion,
                                  @NotBlank @Size(max = 40) String outcome, @Size(max = 2000) String text) {
}
