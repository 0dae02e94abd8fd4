package dev.sportello.core.outbox;

import dev.sportello.Channel;
import dev.sportello.DeadLetter;
import dev.sportello.DispatchReport;
import dev.sportello.Dispatcher;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.kernel.Admins;
import dev.sportello.core.kernel.EventCodec;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.notifications.MessageSender;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.MessageTransition;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Delivers the outbox: claims a batch under a lease, sends events and messages in parallel with a
 * timeout each, runs scheduled tasks, and records every outcome in one transaction — only for entries
 * whose lease it still holds. Failures are retried with exponential backoff and jitter and
 * dead-lettered after the last attempt.
 *
 * <p>Thread-safe; several instances (or threads) may run against the same store.
 */
public final class OutboxDispatcher implements Dispatcher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Kernel kernel;
    private final DispatcherSettings settings;
    private final EventSink eventSink;
    private final MessageSender sender;
    private final Admins admins;
    private final Map<String, TaskHandler> tasks = new ConcurrentHashMap<>();
    private final Map<Channel, RateLimiter> limiters = new EnumMap<>(Channel.class);
    private final ExecutorService sendPool;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService executor;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private volatile boolean running;
    private final Set<Thread> batches = ConcurrentHashMap.newKeySet();

    /**
     * Creates the dispatcher.
     *
     * @param kernel    the kernel
     * @param settings  the settings
     * @param eventSink where events go
     * @param sender    how messages go to their channels
     * @param admins    who may administer the outbox
     */
    public OutboxDispatcher(Kernel kernel, DispatcherSettings settings, EventSink eventSink, MessageSender sender,
                            Admins admins) {
        this.admins = admins;
        this.kernel = kernel;
        this.settings = settings;
        this.eventSink = eventSink;
        this.sender = sender;
        settings.ratePerSecond().forEach((channel, rate) -> limiters.put(channel, new RateLimiter(rate)));
        AtomicInteger threads = new AtomicInteger();
        this.sendPool = Executors.newFixedThreadPool(settings.sendThreads(), r -> {
            Thread t = new Thread(r, "sportello-send-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Registers the handler of a task type.
     *
     * @param type    the task type
     * @param handler the handler
     */
    public void handle(String type, TaskHandler handler) {
        if (tasks.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("a handler for " + type + " exists");
        }
    }

    @Override
    public DispatchReport runOnce() {
        batches.add(Thread.currentThread());
        try {
            return batch();
        } finally {
            batches.remove(Thread.currentThread());
        }
    }

    @Override
    public DispatchReport drain(int maxBatches) {
        DispatchReport total = DispatchReport.EMPTY;
        for (int i = 0; i < maxBatches; i++) {
            DispatchReport report = runOnce();
            total = total.plus(report);
            if (report.claimed() == 0 || Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return total;
    }

    private record Sending(OutboxEntry entry, Future<DeliveryResult> future) {
    }

    private final class Outcomes {
        final Instant now;
        final List<OutboxCompletion> completions = new ArrayList<>();
        final List<MessageTransition> transitions = new ArrayList<>();
        int delivered;
        int refused;
        int retried;
        int deferred;
        int dead;

        Outcomes(Instant now) {
            this.now = now;
        }

        void defer(OutboxEntry e, Instant until, String why) {
            completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.PENDING, e.attempts(), until, e.lastError(), false));
            if (why != null && e.kind() == OutboxKind.MESSAGE) {
                transitions.add(new MessageTransition(messageId(e), MessageStatus.QUEUED, MessageStatus.QUEUED, now, why, null, -1));
            }
            deferred++;
        }

        void result(OutboxEntry e, DeliveryResult result) {
            int attempts = e.attempts() + 1;
            boolean message = e.kind() == OutboxKind.MESSAGE;
            if (result instanceof DeliveryResult.Accepted accepted) {
                completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DONE, attempts, e.dueAt(), null, message));
                if (message) {
                    transitions.add(new MessageTransition(messageId(e), MessageStatus.QUEUED, MessageStatus.SENT, now,
                            null, accepted.providerId(), attempts));
                }
                delivered++;
            } else if (result instanceof DeliveryResult.Refused refusal) {
                completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DONE, attempts, e.dueAt(),
                        "refused: " + refusal.reason(), message));
                if (message) {
                    transitions.add(new MessageTransition(messageId(e), MessageStatus.QUEUED, MessageStatus.FAILED, now,
                            "refused: " + refusal.reason(), null, attempts));
                }
                refused++;
            } else {
                fail(e, attempts, ((DeliveryResult.Failed) result).reason());
            }
        }

        void fail(OutboxEntry e, int attempts, String reason) {
            boolean message = e.kind() == OutboxKind.MESSAGE;
            String error = reason.length() > 500 ? reason.substring(0, 500) : reason;
            if (attempts >= settings.maxAttempts()) {
                completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DEAD, attempts, e.dueAt(), error, false));
                if (message) {
                    transitions.add(new MessageTransition(messageId(e), MessageStatus.QUEUED, MessageStatus.FAILED, now,
                            "dead-lettered after " + attempts + " attempts: " + error, null, attempts));
                }
                dead++;
            } else {
                completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.PENDING, attempts,
                        now.plus(backoff(attempts)), error, false));
                if (message) {
                    transitions.add(new MessageTransition(messageId(e), MessageStatus.QUEUED, MessageStatus.QUEUED, now,
                            "attempt " + attempts + " failed: " + error, null, attempts));
                }
                retried++;
            }
        }
    }

    private DispatchReport batch() {
        Instant now = kernel.clock().instant();
        String token = kernel.ids().nextText();
        List<OutboxEntry> claimed = kernel.system(tx ->
                tx.stores().outbox().claim(now, settings.batchSize(), token, now.plus(settings.lease())));
        if (claimed.isEmpty()) {
            return DispatchReport.EMPTY;
        }
        Outcomes outcomes = new Outcomes(now);
        List<Sending> sendings = new ArrayList<>();
        List<OutboxEntry> taskEntries = new ArrayList<>();
        for (OutboxEntry entry : claimed) {
            switch (entry.kind()) {
                case TASK -> taskEntries.add(entry);
                case EVENT -> sendings.add(new Sending(entry, submit(() ->
                        eventSink.publish(EventCodec.decode(entry.id(), entry.type(), entry.payload())))));
                case MESSAGE -> {
                    Instant until = sender.deferUntil(entry, now);
                    RateLimiter limiter = limiters.get(MessageSender.channelOf(entry));
                    if (until != null) {
                        outcomes.defer(entry, until, "deferred by quiet hours until " + until);
                    } else if (limiter != null && !limiter.tryAcquire()) {
                        outcomes.defer(entry, now.plusSeconds(1), null);
                    } else {
                        sendings.add(new Sending(entry, submit(sender.sending(entry))));
                    }
                }
            }
        }
        for (Sending sending : sendings) {
            try {
                outcomes.result(sending.entry(), sending.future().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                sending.future().cancel(true);
                outcomes.fail(sending.entry(), sending.entry().attempts() + 1, "timed out after " + settings.sendTimeout());
            } catch (ExecutionException | CancellationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                outcomes.fail(sending.entry(), sending.entry().attempts() + 1, cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            } catch (InterruptedException e) {
                sendings.forEach(s -> s.future().cancel(true));
                Thread.currentThread().interrupt();
                LOG.info("dispatcher interrupted mid-batch; {} entries will be claimed again after their lease", claimed.size());
                return new DispatchReport(claimed.size(), 0, 0, 0, 0, 0);
            }
        }
        Instant done = kernel.clock().instant();
        if (!outcomes.completions.isEmpty()) {
            kernel.system(tx -> {
                Set<String> applied = new HashSet<>(tx.stores().outbox().complete(outcomes.completions, done));
                List<MessageTransition> mine = outcomes.transitions.stream()
                        .filter(t -> applied.contains(t.id().toString())).toList();
                if (!mine.isEmpty()) {
                    tx.stores().messages().transition(mine);
                }
                return null;
            });
        }
        for (OutboxEntry task : taskEntries) {
            runTask(task, outcomes);
        }
        return new DispatchReport(claimed.size(), outcomes.delivered, outcomes.refused, outcomes.retried,
                outcomes.deferred, outcomes.dead);
    }

    private Future<DeliveryResult> submit(Supplier<DeliveryResult> call) {
        return sendPool.submit(() -> {
            DeliveryResult result = call.get();
            if (result == null) {
                throw new IllegalStateException("a transport returned no result");
            }
            return result;
        });
    }

    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    private void runTask(OutboxEntry entry, Outcomes outcomes) {
        TaskHandler handler = tasks.get(entry.type());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for task " + entry.type());
            }
            kernel.system(tx -> {
                handler.run(tx, entry);
                List<String> applied = tx.stores().outbox().complete(List.of(new OutboxCompletion(entry.id(),
                        entry.leaseToken(), OutboxStatus.DONE, entry.attempts() + 1, entry.dueAt(), null, false)), tx.now());
                if (applied.isEmpty()) {
                    throw new LeaseLost();
                }
                return null;
            });
            outcomes.delivered++;
        } catch (LeaseLost e) {
            LOG.debug("task {} was claimed by another dispatcher", entry.id());
        } catch (RuntimeException e) {
            Outcomes failure = new Outcomes(outcomes.now);
            failure.fail(entry, entry.attempts() + 1, e.getClass().getSimpleName() + ": " + e.getMessage());
            kernel.system(tx -> tx.stores().outbox().complete(failure.completions, tx.now()));
            outcomes.retried += failure.retried;
            outcomes.dead += failure.dead;
            LOG.warn("task {} of type {} failed (attempt {}): {}", entry.id(), entry.type(), entry.attempts() + 1, e.toString());
        }
    }

    /**
     * The delay before the next attempt: the initial backoff doubled for each earlier attempt, capped,
     * then drawn uniformly between half and all of it (so that failing entries spread out).
     *
     * @param attempts attempts made so far, at least 1
     * @return the delay
     */
    Duration backoff(int attempts) {
        long initial = settings.initialBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        long exponential = attempts >= 40 ? max : Math.min(max, initial << Math.min(attempts - 1, 40));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }

    private static MessageId messageId(OutboxEntry entry) {
        return MessageId.of(entry.id());
    }

    @Override
    public void start(ScheduledExecutorService executor, Duration pollInterval) {
        synchronized (lifecycle) {
            if (running) {
                throw new IllegalStateException("the dispatcher is already started");
            }
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("the poll interval must be positive");
            }
            this.executor = executor;
            running = true;
            scheduled.clear();
            for (int worker = 0; worker < settings.workers(); worker++) {
                int slot = worker;
                scheduled.add(executor.schedule(() -> loop(slot, pollInterval), 0, TimeUnit.MILLISECONDS));
            }
        }
    }

    private void loop(int slot, Duration pollInterval) {
        if (!running) {
            return;
        }
        DispatchReport report = DispatchReport.EMPTY;
        try {
            report = runOnce();
        } catch (RuntimeException e) {
            LOG.warn("dispatcher batch failed: {}", e.toString());
        }
        synchronized (lifecycle) {
            if (running) {
                long delay = report.claimed() >= settings.batchSize() ? 0 : pollInterval.toMillis();
                scheduled.set(slot, executor.schedule(() -> loop(slot, pollInterval), delay, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Override
    public boolean stop(Duration timeout) {
        synchronized (lifecycle) {
            running = false;
            scheduled.forEach(future -> future.cancel(false));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!batches.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!batches.isEmpty()) {
            batches.forEach(Thread::interrupt);
            return false;
        }
        return true;
    }

    @Override
    public Page<DeadLetter> deadLetters(Principal principal, PageRequest page) {
        return kernel.execute(principal, Operation.ADMINISTRATION, page, tx -> {
            admins.require(principal, Operation.ADMINISTRATION);
            Page<OutboxEntry> dead = tx.stores().outbox().list(OutboxStatus.DEAD, page);
            return new Page<>(dead.items().stream().map(e -> new DeadLetter(e.id(), e.kind().name(), e.type(),
                    e.attempts(), e.lastError() == null ? "" : e.lastError(), e.createdAt(), e.updatedAt())).toList(),
                    dead.nextCursor());
        });
    }

    @Override
    public void redrive(Principal principal, String entryId) {
        kernel.execute(principal, Operation.ADMINISTRATION, null, tx -> {
            admins.require(principal, Operation.ADMINISTRATION);
            OutboxEntry entry = tx.stores().outbox().find(entryId).orElseThrow(() ->
                    SportelloException.of(ErrorCode.OUT_ENTRY_NOT_FOUND, Map.of("entryId", String.valueOf(entryId))));
            if (!tx.stores().outbox().redrive(entryId, tx.now())) {
                throw SportelloException.of(ErrorCode.OUT_ENTRY_NOT_DEAD, Map.of("entryId", entryId,
                        "status", entry.status().name()));
            }
            if (entry.kind() == OutboxKind.MESSAGE) {
                tx.stores().messages().transition(List.of(new MessageTransition(messageId(entry), MessageStatus.FAILED,
                        MessageStatus.QUEUED, tx.now(), "re-driven", null, 0)));
            }
            tx.audit("OUTBOX_REDRIVEN", "outbox", entryId);
            return null;
        });
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
        sendPool.shutdownNow();
    }
}
