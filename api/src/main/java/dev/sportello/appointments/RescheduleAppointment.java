package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Instant;

/**
 * Moves an appointment to another slot of the same calendar and mode. Atomic: the old seat is released
 * only once the new one is secured; the invitation keeps its UID and gets a higher sequence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 * @param newStart        the new slot's start, required
 */
public record RescheduleAppointment(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion,
                                    @NotNull Instant newStart) {
}
