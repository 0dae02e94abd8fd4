package dev.sportello.core.internal.outbox;

import dev.sportello.core.DispatcherSettings;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where sends and remote task calls run: the host's executor when it gives one, else a pool of the
 * dispatcher's own, created when the first batch needs it (not when the SDK is built) and shut down when
 * the SDK closes.
 *
 * <p>Thread-safe.
 */
final class SendPool implements AutoCloseable {
    private final DispatcherSettings settings;
    private ExecutorService own;
    private boolean closed;

    SendPool(DispatcherSettings settings) {
        this.settings = settings;
    }

    <T> Future<T> submit(Callable<T> call) {
        return executor().submit(call);
    }

    private synchronized ExecutorService executor() {
        if (settings.sendExecutor().isPresent()) {
            return settings.sendExecutor().get();
        }
        if (closed) {
            throw new IllegalStateException("the SDK is closed");
        }
        if (own == null) {
            AtomicInteger threads = new AtomicInteger();
            own = Executors.newFixedThreadPool(settings.sendThreads(), r -> {
                Thread t = new Thread(r, "sportello-send-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return own;
    }

    /** Whether the pool of the dispatcher's own exists (it is created on the first send). */
    synchronized boolean started() {
        return own != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (own != null) {
            own.shutdownNow();
        }
    }
}
