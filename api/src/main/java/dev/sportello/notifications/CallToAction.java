package dev.sportello.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A call to action of a proactive notice (download the QR code, open the disability portal, ask for
 * the Disability Card…). A call with a {@code requiredEntitlement} is shown only to recipients who have
 * it (R-DOS-4: the Disability Card "only for those entitled").
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                  stable id for engagement figures, 2–40 of [a-z0-9-]
 * @param label               the text of the button, 1–120 characters
 * @param url                 an https link, at most 2000 characters
 * @param requiredEntitlement the entitlement needed to see it, or null for everyone
 */
public record CallToAction(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "must be 2 to 40 of a-z, 0-9 and -") String id,
                           @NotBlank @Size(max = 120) String label,
                           @NotBlank @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "must be an https link") String url,
                           @Size(min = 1, max = 64) String requiredEntitlement) {
}
