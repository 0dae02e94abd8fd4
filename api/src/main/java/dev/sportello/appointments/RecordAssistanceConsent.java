package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Records that the user wants to be assisted by another person (R-APT-5, R-DEL-4): given by the user, or
 * recorded by the operator who hears it during the call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 */
public record RecordAssistanceConsent(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion) {
}
