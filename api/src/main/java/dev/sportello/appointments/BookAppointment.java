package dev.sportello.appointments;

import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

/**
 * Books a slot for the principal's subject (the user, or whoever the principal acts for).
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey 8 to 64 letters, digits, {@code -} or {@code _}; a retry with the same key returns
 *                       the same appointment
 * @param office         the office, required
 * @param topic          the topic code, required
 * @param mode           the contact mode, required
 * @param start          the slot's start, as listed by the availability, required
 * @param signLanguage   whether a sign-language operator is needed (video calls only, R-APT-6)
 */
public record BookAppointment(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 letters, digits, - or _")
                              String idempotencyKey,
                              @NotNull OfficeCode office,
                              @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a topic code") String topic,
                              @NotNull ContactMode mode, @NotNull Instant start, boolean signLanguage) {
}
