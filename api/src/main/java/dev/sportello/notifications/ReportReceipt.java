package dev.sportello.notifications;

import dev.sportello.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A delivery receipt from a gateway, reported by the integrator. Idempotent: the same receipt twice
 * changes the message once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel    the channel of the gateway, required
 * @param providerId the id the gateway gave when it accepted the message, 1–200 characters
 * @param outcome    what the receipt says, required
 * @param at         when the gateway observed it, required
 */
public record ReportReceipt(@NotNull Channel channel, @NotBlank @Size(max = 200) String providerId,
                            @NotNull ReceiptOutcome outcome, @NotNull Instant at) {
}
