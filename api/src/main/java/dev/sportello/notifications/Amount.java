package dev.sportello.notifications;

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
 * @param value  the amount in euro, not null
 * @param period how often, e.g. "al mese", or null (at most 50 characters)
 */
public record Amount(@NotBlank @Size(max = 200) String label, @NotNull BigDecimal value, @Size(max = 50) String period) {
}
