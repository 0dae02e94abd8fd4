package dev.sportello.appointments;

import dev.sportello.TopicCode;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Waits for a seat on a day that is full in a mode; the first user waiting gets the first seat that
 * frees up, as an offer that expires.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office         the office, required
 * @param topic          the topic, required
 * @param mode           the contact mode, required
 * @param day            the day in the office's zone, required
 * @param interpretation the interpreting needed, required
 */
public record JoinWaitlist(@NotNull OfficeCode office, @NotNull TopicCode topic, @NotNull ContactMode mode,
                           @NotNull LocalDate day, @NotNull Interpretation interpretation) {
}
