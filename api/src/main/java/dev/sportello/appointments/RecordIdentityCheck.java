package dev.sportello.appointments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The operator records the document that identifies the user (R-APT-5). The document must carry a photo
 * and must not expire before the appointment's date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 * @param document        the document, required
 */
public record RecordIdentityCheck(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion,
                                  @NotNull @Valid IdentityDocument document) {
}
