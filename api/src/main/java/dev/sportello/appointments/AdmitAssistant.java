package dev.sportello.appointments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The operator identifies the assistant the same way as the user and lets them join; the user's consent
 * must already be recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment     the appointment, required
 * @param expectedVersion the version read
 * @param fullName        the assistant's name, 1 to 120 characters
 * @param document        the assistant's document, required
 */
public record AdmitAssistant(@NotNull AppointmentId appointment, @PositiveOrZero long expectedVersion,
                             @NotBlank @Size(max = 120) String fullName, @NotNull @Valid IdentityDocument document) {
    @Override
    public String toString() {
        return "AdmitAssistant[" + appointment + ", " + document + "]";
    }
}
