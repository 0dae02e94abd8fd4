package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.spi.CappedBody;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An {@link SmsChannel} that posts each message to an HTTP SMS gateway with the JDK {@link HttpClient}.
 *
 * <p>Each send is one {@code POST} to the endpoint with the body of the configured {@link SmsRequestFormat}
 * (JSON by default), the idempotency key as the {@code Idempotency-Key} header, and the configured
 * authentication. The call is bounded: connecting by the connect timeout, the whole exchange — headers and
 * body of the answer — by the connect timeout plus the request timeout. Redirects are not followed.
 *
 * <p>The answer is classified, never thrown:
 * <ul>
 *   <li>2xx with a readable message id (at the configured JSON pointer, {@code /id} by default) →
 *       {@link DeliveryResult.Accepted} with that id, which receipts later name;</li>
 *   <li>2xx without a readable id → {@link DeliveryResult.Failed}: the message may have gone out, but without
 *       an id no receipt can ever match it. The dispatcher retries with the same idempotency key, which the
 *       provider deduplicates (answering with the first id); a misconfigured pointer shows up as failures and
 *       dead letters instead of silently "sent" messages;</li>
 *   <li>401, 403, 407 (credentials), 405, 415 (endpoint or format) → Failed: these are configuration problems
 *       of the host, not of the message; refusing would drop every message for good during a credential
 *       mishap, while failing lets the retries deliver them once the setting is fixed (and dead letters can
 *       be re-driven);</li>
 *   <li>408, 409, 425, 429 and 5xx → Failed, not before the provider's {@code Retry-After} (delay-seconds or an
 *       HTTP-date, capped at one day);</li>
 *   <li>every other 4xx (400, 404, 410, 413, 422…) → {@link DeliveryResult.Refused}, "HTTP 422 INVALID_NUMBER"
 *       with the provider's error code (at {@code /error/code} by default) when it is a short code-like word;</li>
 *   <li>timeouts, a refused, reset or dropped connection, TLS failures, a failing request format, 1xx and 3xx
 *       → Failed.</li>
 * </ul>
 * Reasons never carry the body, the number or the text.
 *
 * <p>Logs through SLF4J with the idempotency key and the masked number only; never the text, the number or
 * a secret. {@link #toString()} hides the secrets and the endpoint's query.
 *
 * <p>Immutable and thread-safe: one instance serves all the dispatcher's threads.
 */
public final class HttpSmsChannel implements SmsChannel {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsChannel.class);
    /** The most bytes of an answer read; a longer answer counts by its status alone. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final URI endpoint;
    private final Credentials credentials;
    private final String senderId;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HttpClient client;
    private final SmsRequestFormat format;
    private final AnswerClassifier classifier;
    private final String description;

    private HttpSmsChannel(HttpSmsChannelBuilder b, HttpClient client, Duration connectTimeout) {
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.senderId = b.senderId;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.client = client;
        this.format = b.format;
        this.classifier = new AnswerClassifier(b.messageIdPointer, b.errorCodePointer, b.clock);
        this.description = "HttpSmsChannel[" + endpoint.getScheme() + "://" + endpoint.getRawAuthority()
                + (endpoint.getRawPath() == null ? "" : endpoint.getRawPath()) + ", auth " + credentials
                + ", sender " + senderId + ", connect " + connectTimeout + ", request " + requestTimeout
                + ", format " + format + ", id at " + b.messageIdPointer + "]";
    }

    /**
     * A builder with the defaults: connect timeout 5 s, request timeout 10 s, JSON body, message id at
     * {@code /id}, provider error code at {@code /error/code}.
     *
     * @return a new builder, not thread-safe
     */
    public static HttpSmsChannelBuilder builder() {
        return new HttpSmsChannelBuilder();
    }

    static HttpSmsChannel create(HttpSmsChannelBuilder b) {
        HttpClient client = b.httpClient;
        Duration connect = b.connectTimeout;
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connect)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (b.executor != null) {
                builder.executor(b.executor);
            }
            client = builder.build();
        } else {
            connect = client.connectTimeout().orElseThrow();
        }
        return new HttpSmsChannel(b, client, connect);
    }

    /**
     * Sends one message to the gateway and classifies the answer. Never throws for a refused or failed
     * message.
     *
     * @param message the message, not null
     * @return accepted with the provider's message id, refused, or failed (with the provider's
     *         {@code Retry-After}, if any); never null
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} when the message is null (a
     *                                             programming error, not a delivery outcome)
     */
    @Override
    public DeliveryResult send(SmsMessage message) {
        Arguments.required(message, "HttpSmsChannel", "message");
        DeliveryResult result;
        try {
            result = exchange(message);
        } catch (RuntimeException e) {
            result = DeliveryResult.failed("unexpected " + e.getClass().getSimpleName() + " while sending");
        }
        if (result instanceof DeliveryResult.Accepted) {
            LOG.debug("SMS {} to {}: {}", message.idempotencyKey(), message.to().masked(), result);
        } else {
            LOG.warn("SMS {} to {}: {}", message.idempotencyKey(), message.to().masked(), result);
        }
        return result;
    }

    private DeliveryResult exchange(SmsMessage message) {
        SmsRequestBody body;
        try {
            body = format.write(message, senderId);
        } catch (RuntimeException e) {
            return DeliveryResult.failed("the request format failed with " + e.getClass().getSimpleName());
        }
        if (body == null) {
            return DeliveryResult.failed("the request format wrote no body");
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                    .timeout(requestTimeout)
                    .header("Content-Type", body.contentType())
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", message.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
            credentials.apply(builder);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return DeliveryResult.refused("the idempotency key cannot be sent as an HTTP header");
        }
        CompletableFuture<HttpResponse<CappedBody.Result>> answer =
                client.sendAsync(request, CappedBody.handler(MAX_ANSWER_BYTES));
        Duration deadline = connectTimeout.plus(requestTimeout);
        try {
            HttpResponse<CappedBody.Result> response = answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return classifier.classify(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return DeliveryResult.failed("no complete answer within " + deadline);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.failed("interrupted while waiting for the gateway");
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private DeliveryResult failure(Throwable cause) {
        Throwable c = cause;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof HttpConnectTimeoutException) {
            return DeliveryResult.failed("no connection within " + connectTimeout);
        }
        if (c instanceof HttpTimeoutException) {
            return DeliveryResult.failed("no answer within " + requestTimeout);
        }
        if (c instanceof ConnectException) {
            return DeliveryResult.failed("connection refused");
        }
        if (c instanceof SSLException) {
            return DeliveryResult.failed("TLS failed (" + c.getClass().getSimpleName() + ")");
        }
        if (c instanceof IOException) {
            return DeliveryResult.failed("connection failed or dropped (" + c.getClass().getSimpleName() + ")");
        }
        return DeliveryResult.failed("unexpected " + (c == null ? "failure" : c.getClass().getSimpleName()));
    }

    /** The endpoint without its query, the authentication kind, the sender and the timeouts; never a secret. */
    @Override
    public String toString() {
        return description;
    }
}
