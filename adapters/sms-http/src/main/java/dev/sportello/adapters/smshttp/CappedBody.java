package dev.sportello.adapters.smshttp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer body up to a cap. A longer body is cut: the subscription is cancelled (which closes the
 * connection) and the result says the body overflowed, so that the status still counts but nothing of the body
 * is read. The JDK's {@code BodyHandlers.ofByteArray()} has no cap in Java 17.
 *
 * <p>Not thread-safe by itself: the HTTP client calls a subscriber's methods one at a time (Reactive Streams
 * §1.3); one instance per response.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {

    /**
     * What was read.
     *
     * @param bytes      the body, or the bytes read before the cap when it overflowed; never null
     * @param overflowed whether the body was longer than the cap
     */
    record Result(byte[] bytes, boolean overflowed) {
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
     * @param cap the most bytes read
     * @return the handler
     */
    static HttpResponse.BodyHandler<Result> handler(int cap) {
        return info -> new CappedBody(cap);
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int length = item.remaining();
            if (out.size() + length > cap) {
                subscription.cancel();
                result.complete(new Result(out.toByteArray(), true));
                return;
            }
            byte[] chunk = new byte[length];
            item.get(chunk);
            out.write(chunk, 0, length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Result(out.toByteArray(), false));
    }
}
