package dev.sportello.appointments;

import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * Waits for a seat on a day that is full in a mode; the first user waiting gets the first seat that
 * frees up, as an offer that expires.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office       the office, required
 * @param topic        the topic code, required
 * @param mode         the contact mode, required
 * @param day          the day in the office's zone, required
 * @param signLanguage whether a sign-language operator is needed
 */
public record JoinWaitlist(@NotNull OfficeCode office,
                           @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a topic code") String topic,
                           @NotNull ContactMode mode, @NotNull LocalDate day, boolean signLanguage) {
}
