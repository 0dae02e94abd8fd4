/**
 * Signed webhooks carrying CloudEvents: {@link dev.sportello.adapters.webhooks.WebhookEventSink} posts the
 * SDK's domain events as CloudEvents 1.0 (JSON event format, structured mode) to the subscribers a
 * {@link dev.sportello.adapters.webhooks.WebhookSubscriptions} port names, signed per the Standard Webhooks
 * specification 1.0.0 (HMAC-SHA256 {@code v1}); {@link dev.sportello.adapters.webhooks.WebhookVerifier} checks
 * such requests on the receiving side.
 *
 * <p>Public API: {@code WebhookEventSink} (and its builder), {@code WebhookSubscriptions},
 * {@code WebhookSubscriber}, {@code WebhookSecret}, {@code WebhookSigner}, {@code WebhookVerifier},
 * {@code VerifiedWebhook}, {@code WebhookReplayStore}. Everything package-private is not API.
 */
package dev.sportello.adapters.webhooks;
