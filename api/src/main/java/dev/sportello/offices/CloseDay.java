package dev.sportello.offices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Closes an office on a future day. Appointments booked on that day are cancelled and their users
 * notified.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office the office, required
 * @param date   the day, required, after today in the office's zone
 * @param reason the reason shown to users, 1–500 characters
 */
public record CloseDay(@NotNull OfficeCode office, @NotNull LocalDate date, @NotBlank @Size(max = 500) String reason) {
}
