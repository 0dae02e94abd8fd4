package dev.sportello.core.internal.outbox;

import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.LogSafe;
import dev.sportello.core.internal.kernel.Tasks;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.Instrumentation.EntryOutcome;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the claimed tasks. A local task runs in the transaction that marks its entry done, so its effect
 * happens once. A remote task first makes its call in the send pool, with the send timeout and no
 * transaction open, then records the result in the transaction that marks its entry done. A task that
 * throws, or a call that fails or times out, is retried with backoff like any delivery.
 *
 * <p>Thread-safe.
 */
final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Kernel kernel;
    private final DispatcherSettings settings;
    private final SendPool pool;

    TaskRunner(Kernel kernel, DispatcherSettings settings, SendPool pool) {
        this.kernel = kernel;
        this.settings = settings;
        this.pool = pool;
    }

    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    void run(OutboxEntry entry, Outcomes outcomes) {
        try {
            Tasks.Registered task = kernel.tasks().find(entry.type())
                    .orElseThrow(() -> new IllegalStateException("no handler for task " + entry.type()));
            if (task instanceof Tasks.Local<?> local) {
                kernel.system(tx -> {
                    runLocal(tx, local, entry);
                    markDone(tx, entry);
                    return null;
                });
            } else {
                runRemote((Tasks.Remote<?, ?>) task, entry);
            }
            outcomes.delivered++;
            outcomes.reported.add(new Outcomes.Reported(entry, EntryOutcome.DELIVERED));
            LOG.debug("task {} of type {} done (attempt {})", entry.id(), entry.type(), entry.attempts() + 1);
        } catch (LeaseLost e) {
            LOG.debug("task {} was claimed by another dispatcher", entry.id());
        } catch (RuntimeException e) {
            Outcomes failure = new Outcomes(outcomes.now, settings, ThreadLocalRandom.current());
            failure.fail(entry, entry.attempts() + 1, e.getClass().getSimpleName() + ": " + e.getMessage());
            kernel.system(tx -> tx.store(OutboxStore.class).complete(failure.completions, tx.now()));
            outcomes.retried += failure.retried;
            outcomes.dead += failure.dead;
            outcomes.reported.addAll(failure.reported);
            LOG.warn("task {} of type {} failed (attempt {}): {}", entry.id(), entry.type(), entry.attempts() + 1,
                    LogSafe.describe(e));
        }
    }

    private static <P> void runLocal(Tx tx, Tasks.Local<P> local, OutboxEntry entry) {
        local.handler().run(tx, local.type().decode(entry.payload()));
    }

    private <P, R> void runRemote(Tasks.Remote<P, R> remote, OutboxEntry entry) {
        P payload = remote.type().decode(entry.payload());
        Future<R> call = pool.submit(() -> remote.task().call(payload));
        R result;
        try {
            result = call.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IllegalStateException("timed out after " + settings.sendTimeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        kernel.system(tx -> {
            remote.task().record(tx, payload, result);
            markDone(tx, entry);
            return null;
        });
    }

    private static void markDone(Tx tx, OutboxEntry entry) {
        List<String> applied = tx.store(OutboxStore.class).complete(List.of(new OutboxCompletion(entry.id(),
                entry.leaseToken(), OutboxStatus.DONE, entry.attempts() + 1, entry.dueAt(), null, false)), tx.now());
        if (applied.isEmpty()) {
            throw new LeaseLost();
        }
    }
}
