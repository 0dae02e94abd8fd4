package dev.sportello.appointments;

import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * Which slots to list: an office, a topic, a mode and a range of days (at most 62) in the office's
 * zone, optionally needing a sign-language operator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office       the office, required
 * @param topic        the topic code, required
 * @param mode         the contact mode, required
 * @param from         the first day, required
 * @param to           the last day (inclusive), required
 * @param signLanguage whether a sign-language operator is needed (video calls only)
 */
public record AvailabilityQuery(@NotNull OfficeCode office,
                                @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a topic code") String topic,
                                @NotNull ContactMode mode, @NotNull LocalDate from, @NotNull LocalDate to,
                                boolean signLanguage) {
}
