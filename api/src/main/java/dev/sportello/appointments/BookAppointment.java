package dev.sportello.appointments;

import dev.sportello.TopicCode;
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
 * @param topic          the topic, required
 * @param mode           the contact mode, required
 * @param start          the slot's start, as listed by the availability, required
 * @param interpretation the interpreting needed, required ({@link Interpretation#SIGN_LANGUAGE}: video
 *                       calls only, R-APT-6)
 */
public record BookAppointment(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 letters, digits, - or _")
                              String idempotencyKey,
                              @NotNull OfficeCode office, @NotNull TopicCode topic, @NotNull ContactMode mode,
                              @NotNull Instant start, @NotNull Interpretation interpretation) {
    /**
     * A booking without interpreting.
     *
     * @param idempotencyKey the key
     * @param office         the office
     * @param topic          the topic
     * @param mode           the mode
     * @param start          the slot's start
     * @return the command
     */
    public static BookAppointment of(String idempotencyKey, OfficeCode office, TopicCode topic, ContactMode mode,
                                     Instant start) {
        return new BookAppointment(idempotencyKey, office, topic, mode, start, Interpretation.NONE);
    }
}
