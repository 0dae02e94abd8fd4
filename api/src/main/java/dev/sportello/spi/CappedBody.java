package dev.sportello.spi;

import dev.sportello.Arguments;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP answer body up to a cap, for transports that read a provider's answer with the JDK's
 * {@code HttpClient} (Java 17's {@code BodyHandlers.ofByteArray()} has no cap). Past the cap the subscription
 * is cancelled, which closes the connection, and the result keeps the bytes read up to the cap and says that
 * the body overflowed.
 *
 * <p>Not thread-safe by itself: the HTTP client signals a subscriber one call at a time (Reactive Streams
 * §1.3); {@link #handler(int)} makes one instance per answer and is thread-safe.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {
    /**
     * What was read.
     *
     * @param bytes      the body, or its first {@code cap} bytes when it overflowed; never null
     * @param overflowed whether the body was longer than the cap
     */
    public record Result(byte[] bytes, boolean overflowed) {
        /** Refuses null bytes (as {@code VALUE_REQUIRED}). */
        public Result {
            Arguments.required(bytes, "CappedBody.Result", "bytes");
        }
    }

    private final int cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int cap) {
        this.cap = cap;
    }

    /**
     * A handler whose subscribers cap the body.
     *
     * @param cap the most bytes kept, at least 0
     * @return the handler, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_INVALID} when the cap is negative
     */
    public static HttpResponse.BodyHandler<Result> handler(int cap) {
        if (cap < 0) {
            throw Arguments.invalid("CappedBody", "cap", "negative");
        }
        return info -> new CappedBody(cap);
    }

    /** The body once read; completes exceptionally when the exchange fails. */
    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    /** Asks for all the body: the cap, not the demand, bounds what is kept. */
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    /** Keeps the bytes up to the cap; past it cancels the subscription and completes. */
    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = cap - out.size();
            if (item.remaining() > room) {
                byte[] chunk = new byte[room];
                item.get(chunk);
                out.write(chunk, 0, room);
                subscription.cancel();
                result.complete(new Result(out.toByteArray(), true));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    /** Fails the body with the exchange's error. */
    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    /** Completes with the whole body. */
    @Override
    public void onComplete() {
        result.complete(new Result(out.toByteArray(), false));
    }
}
