package dev.sportello.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An operator writes on a request: to the user, or as an internal note only operators see.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param text            1–2000 characters
 * @param internal        true for an internal note
 */
public record CommentRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                             @NotBlank @Size(max = 2000) String text, boolean internal) {
}
