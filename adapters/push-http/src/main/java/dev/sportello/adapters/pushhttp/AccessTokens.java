package dev.sportello.adapters.pushhttp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Asks a {@link BearerTokenSupplier} for a token within a time bound: the call runs on a small pool of the
 * channel's own daemon threads (at most {@value #THREADS}, idle ones end after a while) and the sender waits for
 * it at most {@code timeout}. A supplier that hangs therefore never holds a send past that bound: the send fails
 * for now ({@code ACCESS_TOKEN_TIMEOUT}) and the hung call keeps only a pool thread. Tokens never reach a log line.
 *
 * <p>Thread-safe.
 */
final class AccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final int THREADS = 2;
    private static final int QUEUE = 256;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** A token, or why there is none ({@code NO_ACCESS_TOKEN}, {@code ACCESS_TOKEN_TIMEOUT}). */
    record Fetched(String token, String failure) {
        boolean ok() {
            return token != null;
        }

        @Override
        public String toString() {
            return "Fetched[" + (token == null ? failure : "token") + "]";
        }
    }

    private final BearerTokenSupplier tokens;
    private final long timeoutMillis;
    private final ThreadPoolExecutor pool;

    AccessTokens(BearerTokenSupplier tokens, Duration timeout) {
        this.tokens = tokens;
        this.timeoutMillis = timeout.toMillis();
        ThreadFactory daemons = new ThreadFactory() {
            private final int pool = POOLS.incrementAndGet();
            private final AtomicInteger threads = new AtomicInteger();

            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "sportello-push-token-" + pool + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }
        };
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), daemons);
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** The token to send now. */
    Fetched current() {
        return fetch(tokens::accessToken);
    }

    /** Tells the supplier that the provider refused this token, then asks for a fresh one, within one bound. */
    Fetched afterRejection(String refused) {
        return fetch(() -> {
            try {
                tokens.rejected(refused);
            } catch (RuntimeException e) {
                LOG.debug("the bearer token supplier failed on rejected(): {}", e.getClass().getName());
            }
            return tokens.accessToken();
        });
    }

    private Fetched fetch(Supplier<String> call) {
        CompletableFuture<String> answer;
        try {
            answer = CompletableFuture.supplyAsync(call, pool);
        } catch (RejectedExecutionException e) {
            LOG.warn("the bearer token supplier is busy ({} calls running, {} waiting); it should return a cached token"
                    + " quickly", THREADS, QUEUE);
            return new Fetched(null, "ACCESS_TOKEN_TIMEOUT");
        }
        try {
            String token = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return token == null || token.isBlank() ? new Fetched(null, "NO_ACCESS_TOKEN") : new Fetched(token.strip(), null);
        } catch (TimeoutException e) {
            answer.cancel(true); // a call still queued is skipped; one running keeps its thread until it returns
            LOG.warn("the bearer token supplier gave no token within {} ms; it should return a cached token quickly",
                    timeoutMillis);
            return new Fetched(null, "ACCESS_TOKEN_TIMEOUT");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("the bearer token supplier failed: {}", cause.getClass().getName());
            return new Fetched(null, "NO_ACCESS_TOKEN");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return new Fetched(null, "INTERRUPTED");
        }
    }
}
