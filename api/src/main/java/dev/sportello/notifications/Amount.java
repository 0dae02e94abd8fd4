package dev.sportello.notifications;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A sum of money shown in a proactive notice, e.g. a benefit and its monthly amount.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label  what it is, 1–200 characters
 * @param value  the amount in euro, not null, at most 12 digits before the point and 2 after (a larger
 *               number, such as {@code 1E+999999999}, could not be shown)
 * @param period how often, e.g. "al mese", or null (at most 50 characters)
 */
public record Amount(@NotBlank @Size(max = 200) String label, @NotNull @Digits(integer = 12, fraction = 2) BigDecimal value, @Size(max = 50) String period) {
}
