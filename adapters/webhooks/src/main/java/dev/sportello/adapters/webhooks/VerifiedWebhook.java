package dev.sportello.adapters.webhooks;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * A webhook request that {@link WebhookVerifier} found authentic, fresh and not seen before.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        the {@code webhook-id} (for events of {@link WebhookEventSink}, the event id), not null
 * @param timestamp the {@code webhook-timestamp} (the send time of this attempt), not null
 */
public record VerifiedWebhook(String id, Instant timestamp) {
    /** Checks the components. */
    public VerifiedWebhook {
        Arguments.required(id, "VerifiedWebhook", "id");
        Arguments.required(timestamp, "VerifiedWebhook", "timestamp");
    }
}
