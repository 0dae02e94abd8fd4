package dev.sportello.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The operator in charge asks the user for more information; the user is notified and may answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param question        1–2000 characters
 */
public record AskForInformation(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                                @NotBlank @Size(max = 2000) String question) {
}
