package dev.sportello.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The operator in charge closes a request with an outcome from the configured list (R-REQ-4).
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param outcome         an outcome code, required
 * @param text            the explanation to the user, 1–2000 characters
 */
public record CloseRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                           @NotBlank @Size(max = 40) String outcome, @NotBlank @Size(max = 2000) String text) {
}
