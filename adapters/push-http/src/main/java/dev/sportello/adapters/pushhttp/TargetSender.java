package dev.sportello.adapters.pushhttp;

import dev.sportello.spi.CappedBody;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import dev.sportello.spi.RetryAfter;

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
     * Sends to each target with this bearer token. The calls are collected each on its own against one shared
     * deadline (twice the guard, from the last request started; each call ends within its guard anyway): every
     * call finished by then keeps its answer, only the unfinished ones are cancelled and count as
     * {@code TIMEOUT} ({@code INTERRUPTED} when the sending thread is interrupted, whose flag stays set).
     *
     * @return an answer per target, in the targets' order
     */
    Map<PushTarget, TargetAnswer> sendAll(PushMessage message, List<PushTarget> targets, String token) {
        Semaphore permits = new Semaphore(parallelism);
        Map<PushTarget, CompletableFuture<TargetAnswer>> calls = new LinkedHashMap<>();
        boolean interrupted = false;
        try {
            for (PushTarget target : targets) {
                permits.acquire();
                CompletableFuture<TargetAnswer> call = sendOne(message, target, token);
                call.whenComplete((answer, error) -> permits.release());
                calls.put(target, call);
            }
            CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                    .get(guardMillis * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (ExecutionException | TimeoutException e) {
            // sendOne never completes exceptionally; the calls are taken one by one below
        }
        String unfinished = interrupted ? "INTERRUPTED" : "TIMEOUT";
        Map<PushTarget, TargetAnswer> ordered = new LinkedHashMap<>();
        for (PushTarget target : targets) {
            ordered.put(target, collect(calls.get(target), unfinished));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ordered;
    }

    /** The call's answer when it has one; else it is cancelled and counts as {@code unfinished}. Never waits. */
    private static TargetAnswer collect(CompletableFuture<TargetAnswer> call, String unfinished) {
        if (call == null) {
            return new TargetAnswer.RetryLater(unfinished, null); // never started: interrupted before its turn
        }
        call.cancel(true); // no effect on a call already completed
        TargetAnswer answer;
        try {
            answer = call.getNow(null);
        } catch (CancellationException | CompletionException e) {
            answer = null;
        }
        return answer != null ? answer : new TargetAnswer.RetryLater(unfinished, null);
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
        CompletableFuture<HttpResponse<CappedBody.Result>> http;
        try {
            http = client.sendAsync(request, CappedBody.handler(BODY_CAP));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(e));
        }
        // a plain future, apart from the HttpClient's own (whose dependants pass a cancel back up the chain):
        // cancelling it never turns into an answer, and it aborts the exchange
        CompletableFuture<TargetAnswer> answer = new CompletableFuture<>();
        http.thenApply(this::classify)
                .orTimeout(guardMillis, TimeUnit.MILLISECONDS)
                .whenComplete((a, e) -> answer.complete(e == null ? a : failure(e)));
        answer.whenComplete((a, e) -> http.cancel(true));
        return answer;
    }

    private TargetAnswer classify(HttpResponse<CappedBody.Result> response) {
        TargetAnswer answer;
        try {
            answer = format.answer(response.statusCode(), response.headers(),
                    new String(response.body().bytes(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new TargetAnswer.RetryLater("MALFORMED_ANSWER", null);
        }
        if (answer == null) {
            return new TargetAnswer.RetryLater("MALFORMED_ANSWER", null);
        }
        if (answer instanceof TargetAnswer.RetryLater later && later.retryAfter() == null) {
            Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
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
