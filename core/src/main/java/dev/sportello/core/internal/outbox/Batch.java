package dev.sportello.core.internal.outbox;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.UserId;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.EventCodec;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.DeviceRegistry;
import dev.sportello.core.internal.notifications.MessageSender;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.Instrumentation.EntryOutcome;
import dev.sportello.spi.Instrumentation.Observation;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One run of the dispatcher: claims due entries under a lease (in a short transaction), sends events and
 * messages in parallel with a timeout each — no transaction open — and records every outcome in one
 * transaction, only for the entries whose lease it still holds; then runs the claimed tasks.
 *
 * <p>Thread-safe: each run is independent.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    private final Kernel kernel;
    private final DispatcherSettings settings;
    private final EventSink eventSink;
    private final EventCodec events;
    private final MessageSender sender;
    private final Map<Channel, RateLimiter> limiters;
    private final SendPool pool;
    private final TaskRunner tasks;

    Batch(Kernel kernel, DispatcherSettings settings, EventSink eventSink, EventCodec events, MessageSender sender,
          Map<Channel, RateLimiter> limiters, SendPool pool, TaskRunner tasks) {
        this.kernel = kernel;
        this.settings = settings;
        this.eventSink = eventSink;
        this.events = events;
        this.sender = sender;
        this.limiters = limiters;
        this.pool = pool;
        this.tasks = tasks;
    }

    private record Sending(OutboxEntry entry, Future<DeliveryResult> future) {
    }

    DispatchReport run() {
        long started = System.nanoTime();
        Observation observation = kernel.observer().start(Instrumentation.DISPATCH_BATCH, Map.of());
        String outcome = "FAILED";
        try {
            DispatchReport report = runObserved();
            outcome = Instrumentation.OK;
            if (report.claimed() > 0) {
                kernel.observer().batch(report, Duration.ofNanos(System.nanoTime() - started));
            }
            return report;
        } finally {
            kernel.observer().stop(observation, outcome);
        }
    }

    private DispatchReport runObserved() {
        Instant now = kernel.clock().instant();
        String token = kernel.ids().nextText();
        record Claim(List<OutboxEntry> entries, Map<UserId, List<PushTarget>> targets) {
        }
        // the claim and the push recipients' installations in one short transaction (one commit fewer)
        Claim claim = kernel.system(tx -> {
            List<OutboxEntry> entries = tx.store(OutboxStore.class).claim(now, settings.batchSize(), token,
                    now.plus(settings.lease()));
            return new Claim(entries, pushTargets(tx, entries));
        });
        List<OutboxEntry> claimed = claim.entries();
        if (claimed.isEmpty()) {
            return DispatchReport.EMPTY;
        }
        if (kernel.observer().enabled()) {
            claimed.forEach(e -> kernel.observer().entry(channel(e), EntryOutcome.CLAIMED));
        }
        Outcomes outcomes = new Outcomes(now, settings, ThreadLocalRandom.current());
        Map<UserId, List<PushTarget>> targets = claim.targets();
        List<Sending> sendings = new ArrayList<>();
        List<OutboxEntry> taskEntries = new ArrayList<>();
        for (OutboxEntry entry : claimed) {
            switch (entry.kind()) {
                case TASK -> taskEntries.add(entry);
                case EVENT -> sendings.add(new Sending(entry, submit(entry, () ->
                        eventSink.publish(events.decode(entry.id(), entry.type(), entry.payload())))));
                case MESSAGE -> {
                    Instant until = sender.deferUntil(entry, now);
                    RateLimiter limiter = limiters.get(MessageSender.channelOf(entry));
                    if (until != null) {
                        outcomes.defer(entry, until, "deferred by quiet hours until " + until);
                    } else if (limiter != null && !limiter.tryAcquire()) {
                        outcomes.defer(entry, now.plusSeconds(1), null);
                    } else {
                        sendings.add(new Sending(entry, submit(entry, sender.sending(entry, targetsOf(entry, targets)))));
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
        if (!outcomes.completions.isEmpty()) {
            Instant done = kernel.clock().instant();
            kernel.system(tx -> {
                List<String> completed = outcomes.transitions.isEmpty()
                        ? tx.store(OutboxStore.class).complete(outcomes.completions, done)
                        : tx.store(MessageStore.class).completeDeliveries(tx.store(OutboxStore.class),
                                outcomes.completions, outcomes.transitions, done);
                if (!outcomes.retiredTargets.isEmpty()) {
                    retire(tx, outcomes, new HashSet<>(completed), targets, claimed, done);
                }
                return null;
            });
        }
        for (OutboxEntry task : taskEntries) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            tasks.run(task, outcomes);
        }
        if (kernel.observer().enabled()) {
            outcomes.reported.forEach(r -> kernel.observer().entry(channel(r.entry()), r.outcome()));
        }
        return new DispatchReport(claimed.size(), outcomes.delivered, outcomes.refused, outcomes.retried,
                outcomes.deferred, outcomes.dead);
    }

    /** The active installations of the batch's push recipients, in one read (none when it holds no push). */
    private static Map<UserId, List<PushTarget>> pushTargets(Tx tx, List<OutboxEntry> claimed) {
        Set<UserId> recipients = new HashSet<>();
        for (OutboxEntry entry : claimed) {
            if (entry.kind() == OutboxKind.MESSAGE && MessageSender.channelOf(entry) == Channel.PUSH) {
                recipients.add(MessageSender.recipientOf(entry));
            }
        }
        return recipients.isEmpty() ? Map.of() : DeviceRegistry.targets(tx, recipients);
    }

    private static List<PushTarget> targetsOf(OutboxEntry entry, Map<UserId, List<PushTarget>> targets) {
        return MessageSender.channelOf(entry) == Channel.PUSH
                ? targets.getOrDefault(MessageSender.recipientOf(entry), List.of()) : List.of();
    }

    /**
     * Retires the installations that push transports declared dead, among those each push was sent to
     * (an id a transport made up is ignored), for the entries whose outcome was applied.
     */
    private static void retire(Tx tx, Outcomes outcomes, Set<String> applied,
                               Map<UserId, List<PushTarget>> targets, List<OutboxEntry> claimed, Instant done) {
        if (outcomes.retiredTargets.isEmpty()) {
            return;
        }
        Set<DeviceId> dead = new HashSet<>();
        for (OutboxEntry entry : claimed) {
            Set<String> retired = outcomes.retiredTargets.get(entry.id());
            if (retired != null && applied.contains(entry.id())) {
                targetsOf(entry, targets).stream().filter(t -> retired.contains(t.deviceId()))
                        .forEach(t -> dead.add(DeviceId.of(t.deviceId())));
            }
        }
        if (!dead.isEmpty()) {
            tx.store(DeviceStore.class).retire(dead, done, DeviceRegistry.TOKEN_DEAD);
        }
    }

    /** The channel of an entry as the instrumentation names it: SMS, EMAIL, PUSH, EVENT or TASK. */
    static String channel(OutboxEntry entry) {
        return switch (entry.kind()) {
            case MESSAGE -> MessageSender.channelOf(entry).name();
            case EVENT -> "EVENT";
            case TASK -> "TASK";
        };
    }

    /** Sends on the pool, inside a transport observation (started and stopped on the sending thread). */
    private Future<DeliveryResult> submit(OutboxEntry entry, Supplier<DeliveryResult> call) {
        if (!kernel.observer().enabled()) {
            return pool.submit(() -> checked(call.get()));
        }
        Map<String, String> keys = Map.of("channel", channel(entry));
        return pool.submit(() -> {
            Observation observation = kernel.observer().start(Instrumentation.TRANSPORT, keys);
            String outcome = "FAILED";
            try {
                DeliveryResult result = checked(call.get());
                outcome = result instanceof DeliveryResult.Accepted ? "ACCEPTED"
                        : result instanceof DeliveryResult.Refused ? "REFUSED" : "FAILED";
                return result;
            } finally {
                kernel.observer().stop(observation, outcome);
            }
        });
    }

    private static DeliveryResult checked(DeliveryResult result) {
        if (result == null) {
            throw new IllegalStateException("a transport returned no result");
        }
        return result;
    }
}
