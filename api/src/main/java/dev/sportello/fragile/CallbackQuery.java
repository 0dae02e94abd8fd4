package dev.sportello.fragile;

import dev.sportello.PageRequest;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An operator's queue of callbacks: those of their office that are due now and that they have the skills
 * for, earliest due first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office the operator's office, required
 * @param page   the page, required
 */
public record CallbackQuery(@NotNull OfficeCode office, @NotNull @Valid PageRequest page) {
}
