package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The operator admits the user: from the waiting room of a video call, at the counter, or by starting
 * the callback. Video calls and visits need a recorded identity check first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 */
public record AdmitUser(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion) {
}
