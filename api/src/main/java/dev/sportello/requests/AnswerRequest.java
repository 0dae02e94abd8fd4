package dev.sportello.requests;

import dev.sportello.Arguments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The user answers the operator's question, with text and up to 3 more files under the same limits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param text            1–4000 characters
 * @param attachments     0 to 3 files
 */
public record AnswerRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion,
                            @NotBlank @Size(max = 4000) String text,
                            @NotNull List<@Valid @NotNull Attachment> attachments) {
    /** Copies the attachments. */
    public AnswerRequest {
        attachments = Arguments.lenientList(attachments);
    }
}
