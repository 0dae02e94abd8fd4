package dev.sportello.fragile;

import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Asks for a document of the user's dossiers to be posted to their residence (R-USR-5): the tax certificate,
 * the pension slip, a payment notice. The latest document of the kind is sent (of the year, when one is
 * given).
 *
 * <p>Immutable and thread-safe.
 *
 * @param user the enrolled user, required
 * @param kind the kind of document, required
 * @param year the tax year of the document, or null for the latest
 */
public record RequestDocumentByPost(@NotNull UserId user, @NotNull DocumentKind kind,
                                    @Min(1900) @Max(9999) Integer year) {
}
