package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.TopicCode;
import dev.sportello.users.CompanyRegistrationNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * Sends a request to the competent office (R-REQ-1…3). The owner is the principal's subject: the
 * user, or the company an intermediary acts for. A retry with the same idempotency key returns the
 * same request.
 *
 * <p>Immutable and thread-safe.
 *
 * @param idempotencyKey 8–64 of letters, digits, {@code -} and {@code _}, chosen by the caller
 * @param topic          the topic, required
 * @param company        the company it is about (must be the owner), or null
 * @param dossier        the dossier it is about, or null (up to 64 characters)
 * @param fields         the topic's fields, required (may be empty)
 * @param text           the message, 1–4000 characters
 * @param attachments    0 to 3 files (limits in {@code RequestSettings})
 */
public record SubmitRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 letters, digits, - or _")
                            String idempotencyKey,
                            @NotNull TopicCode topic, CompanyRegistrationNumber company,
                            @Size(max = 64) String dossier,
                            @NotNull Map<@NotBlank String, @NotNull @Size(max = 1000) String> fields,
                            @NotBlank @Size(max = 4000) String text,
                            @NotNull List<@Valid @NotNull Attachment> attachments) {
    /** Copies the collections. */
    public SubmitRequest {
        fields = Arguments.lenientMap(fields);
        attachments = Arguments.lenientList(attachments);
    }
}
