package dev.sportello.adapters.webhooks;

import dev.sportello.adapters.jackson.SportelloCloudEvents;
import dev.sportello.spi.RetryAfter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One signed POST of a CloudEvent to one subscriber, and the classification of its answer:
 * 2xx delivered; 410 refused and gone; 408, 429, 3xx (redirects are not followed), 5xx failed for now
 * (with the {@code Retry-After}); other 4xx refused; timeouts and connection errors failed for now.
 *
 * <p>Thread-safe (stateless; the client is).
 */
final class SubscriberPost {
    static final String USER_AGENT = "sportello-webhooks/1";

    private SubscriberPost() {
    }

    /**
     * A post under way: the exchange (cancel it to abort the request, e.g. a body that trickles in past the
     * deadline) and its classified outcome, which never completes exceptionally.
     */
    record Pending(CompletableFuture<?> exchange, CompletableFuture<Outcome> outcome) {
        static Pending done(Outcome outcome) {
            CompletableFuture<Outcome> f = CompletableFuture.completedFuture(outcome);
            return new Pending(f, f);
        }
    }

    static Pending start(HttpClient client, WebhookSubscriber subscriber, String id, long timestamp,
                                            byte[] body, Duration requestTimeout, Clock clock) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(subscriber.endpoint())
                    .timeout(requestTimeout)
                    .header("Content-Type", SportelloCloudEvents.STRUCTURED_CONTENT_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSigner.ID_HEADER, id)
                    .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(id, timestamp, body, subscriber.secrets()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (RuntimeException e) {
            return Pending.done(new Outcome.Failed("request not built (" + e.getClass().getSimpleName() + ")", null));
        }
        try {
            CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            return new Pending(exchange,
                    exchange.handle((response, error) -> error == null ? classify(response, clock) : classify(error)));
        } catch (RuntimeException e) {
            return Pending.done(classify(e));
        }
    }

    static Outcome classify(HttpResponse<?> response, Clock clock) {
        int status = response.statusCode();
        String reason = "HTTP " + status;
        if (status >= 200 && status <= 299) {
            return new Outcome.Delivered(reason);
        }
        if (status == 410) {
            return new Outcome.Refused("gone (HTTP 410)", true);
        }
        if (status == 408 || status == 429 || status >= 500 || status < 200 || (status >= 300 && status <= 399)) {
            String why = status >= 300 && status <= 399 ? reason + ", redirect not followed" : reason;
            return new Outcome.Failed(why, RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                    clock.instant()));
        }
        return new Outcome.Refused(reason, false);
    }

    static Outcome classify(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new Outcome.Failed("connect timeout", null);
        }
        if (e instanceof HttpTimeoutException) {
            return new Outcome.Failed("timeout", null);
        }
        if (e instanceof ConnectException) {
            return new Outcome.Failed("connection refused", null);
        }
        if (e instanceof IOException) {
            return new Outcome.Failed("I/O error (" + e.getClass().getSimpleName() + ")", null);
        }
        return new Outcome.Failed("unexpected " + e.getClass().getSimpleName(), null);
    }
}
