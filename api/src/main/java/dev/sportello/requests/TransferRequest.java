package dev.sportello.requests;

import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Moves a request to another office (it is routed there and open again); audited.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request         the request, required
 * @param expectedVersion the version read
 * @param to              the office, required
 * @param reason          why, 1–500 characters
 */
public record TransferRequest(@NotNull RequestId request, @PositiveOrZero long expectedVersion, @NotNull OfficeCode to,
                              @NotBlank @Size(max = 500) String reason) {
}
