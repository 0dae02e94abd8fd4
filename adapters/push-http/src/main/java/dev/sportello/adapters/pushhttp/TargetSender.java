package dev.sportello.adapters.pushhttp;

import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one push to several installations over the JDK {@code HttpClient}, at most {@code parallelism} requests
 * at a time, each with the request timeout and an overall guard (connect + request timeout), which also ends an
 * answer whose body stalls. Every outcome, including an exception, becomes a {@link TargetAnswer}.
 *
 * <p>Thread-safe: immutable; each call keeps its own state.
 */
final class TargetSender {
    /** The most bytes of an answer body read. */
    static final int BODY_CAP = 64 * 1024;
    private static final Duration GRACE = Duration.ofMillis(250);

    private final HttpClient client;
    private final String base;
    private final PushWireFormat format;
    private final Duration requestTimeout;
    private final long guardMillis;
    private final int parallelism;
    private final Clock clock;

    TargetSender(HttpClient client, URI endpoint, PushWireFormat format, Duration connectTimeout, Duration requestTimeout,
                 int parallelism, Clock clock) {
        this.client = client;
        String text = endpoint.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.format = format;
        this.requestTimeout = requestTimeout;
        this.guardMillis = connectTimeout.plus(requestTimeout).plus(GRACE).toMillis();
        this.parallelism = parallelism;
        this.clock = clock;
    }

    /**
     * Sends to each target with this bearer token.
     *
     * @return an answer per target, in the targets' order
     */
    Map<PushTarget, TargetAnswer> sendAll(PushMessage message, List<PushTarget> targets, String token) {
        Semaphore permits = new Semaphore(parallelism);
        Map<PushTarget, CompletableFuture<TargetAnswer>> calls = new LinkedHashMap<>();
        Map<PushTarget, TargetAnswer> answers = new LinkedHashMap<>();
        try {
            for (PushTarget target : targets) {
                permits.acquire();
                CompletableFuture<TargetAnswer> call = sendOne(message, target, token);
                call.whenComplete((answer, error) -> permits.release());
                calls.put(target, call);
            }
            for (Map.Entry<PushTarget, CompletableFuture<TargetAnswer>> call : calls.entrySet()) {
                answers.put(call.getKey(), call.getValue().get(guardMillis * 2, TimeUnit.MILLISECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // sendOne never completes exceptionally, and its guard ends it first; counted as a timeout below
        }
        for (PushTarget target : targets) {
            if (!answers.containsKey(target)) {
                CompletableFuture<TargetAnswer> call = calls.get(target);
                if (call != null) {
                    call.cancel(true);
                }
                answers.put(target, new TargetAnswer.RetryLater(Thread.currentThread().isInterrupted() ? "INTERRUPTED"
                        : "TIMEOUT", null));
            }
        }
        Map<PushTarget, TargetAnswer> ordered = new LinkedHashMap<>();
        targets.forEach(t -> ordered.put(t, answers.get(t)));
        return ordered;
    }

    private CompletableFuture<TargetAnswer> sendOne(PushMessage message, PushTarget target, String token) {
        HttpRequest request;
        try {
            PushRequest spec = format.request(message, target);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + spec.path()))
                    .timeout(requestTimeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", spec.contentType())
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(spec.body(), StandardCharsets.UTF_8));
            spec.headers().forEach(builder::header);
            request = builder.build();
        } catch (RuntimeException e) {
            // a format that fails, or a header the JDK refuses (never echoed: it may hold the token)
            return CompletableFuture.completedFuture(new TargetAnswer.RetryLater("REQUEST_NOT_BUILT", null));
        }
        CompletableFuture<HttpResponse<byte[]>> http;
        try {
            http = client.sendAsync(request, CappedBody.handler(BODY_CAP));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(e));
        }
        CompletableFuture<TargetAnswer> answer = http.thenApply(this::classify)
                .orTimeout(guardMillis, TimeUnit.MILLISECONDS)
                .exceptionally(TargetSender::failure);
        answer.whenComplete((a, e) -> http.cancel(true));
        return answer;
    }

    private TargetAnswer classify(HttpResponse<byte[]> response) {
        TargetAnswer answer;
        try {
            answer = format.answer(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new TargetAnswer.RetryLater("MALFORMED_ANSWER", null);
        }
        if (answer == null) {
            return new TargetAnswer.RetryLater("MALFORMED_ANSWER", null);
        }
        if (answer instanceof TargetAnswer.RetryLater later && later.retryAfter() == null) {
            Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
            if (wait != null) {
                return new TargetAnswer.RetryLater(later.errorCode(), wait);
            }
        }
        return answer;
    }

    private static TargetAnswer failure(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String code;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            code = "TIMEOUT";
        } else if (cause instanceof ConnectException) {
            code = "CONNECTION_FAILED";
        } else if (cause instanceof IOException) {
            code = "CONNECTION_ERROR";
        } else if (cause instanceof CancellationException) {
            code = "CANCELLED";
        } else {
            code = "UNEXPECTED_ERROR";
        }
        return new TargetAnswer.RetryLater(code, null);
    }
}
