package dev.sportello.core.internal.outbox;

/**
 * A token bucket: at most {@code perSecond} permits a second, with bursts up to the same amount.
 *
 * <p>Thread-safe.
 */
final class RateLimiter {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    RateLimiter(int perSecond) {
        this.perNano = perSecond / 1e9;
        this.capacity = perSecond;
        this.tokens = perSecond;
        this.last = System.nanoTime();
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
