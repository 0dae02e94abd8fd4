package dev.sportello.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An operator writes on a request: a comment the user sees, or an internal note only operators see.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param text            1–2000 characters
 * @param visibility      who sees it, required
 */
public record CommentRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                             @NotBlank @Size(max = 2000) String text, @NotNull Visibility visibility) {
}
