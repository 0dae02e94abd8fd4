package dev.sportello.adapters.pushhttp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer body up to a cap (Java 17's {@code BodyHandlers.ofByteArray()} has none): past the cap
 * the subscription is cancelled, which closes the connection, and the bytes read so far are the body.
 *
 * <p>Not thread-safe by itself: the HTTP client signals a subscriber one call at a time (Reactive Streams
 * §1.3); one instance per answer.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int cap) {
        this.cap = cap;
    }

    /**
     * A handler whose subscribers cap the body.
     *
     * @param cap the most bytes kept
     * @return the handler
     */
    static HttpResponse.BodyHandler<byte[]> handler(int cap) {
        return info -> new CappedBody(cap);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
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
            int room = cap - out.size();
            if (item.remaining() > room) {
                byte[] chunk = new byte[room];
                item.get(chunk);
                out.write(chunk, 0, room);
                subscription.cancel();
                result.complete(out.toByteArray());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
