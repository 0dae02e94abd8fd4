package dev.sportello.notifications;

import dev.sportello.Arguments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A section of a proactive notice: a heading, paragraphs and amounts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param heading    the heading, 1–200 characters
 * @param paragraphs paragraphs of plain text, at most 20 of at most 2000 characters
 * @param amounts    amounts, at most 20
 */
public record Section(@NotBlank @Size(max = 200) String heading,
                      @NotNull @Size(max = 20) List<@NotBlank @Size(max = 2000) String> paragraphs,
                      @NotNull @Size(max = 20) List<@Valid @NotNull Amount> amounts) {
    /** Copies the lists. */
    public Section {
        paragraphs = Arguments.lenientList(paragraphs);
        amounts = Arguments.lenientList(amounts);
    }
}
