package dev.sportello.core.internal.outbox;

import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.Instrumentation.EntryOutcome;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What a batch did with each entry: the completions for the outbox and the status changes of the
 * messages, applied together in one transaction. Failures are retried with exponential backoff and
 * jitter and dead-lettered after the last attempt.
 *
 * <p>Not thread-safe: one batch.
 */
final class Outcomes {
    final Instant now;
    final List<OutboxCompletion> completions = new ArrayList<>();
    final List<MessageTransition> transitions = new ArrayList<>();
    /** Each entry's outcome, in order, for the instrumentation. */
    final List<Reported> reported = new ArrayList<>();
    /** Per message entry, the installations its push transport declared dead. */
    final Map<String, Set<String>> retiredTargets = new HashMap<>();
    private final DispatcherSettings settings;
    private final RandomGenerator random;
    int delivered;
    int refused;
    int retried;
    int deferred;
    int dead;

    /** An entry's outcome. */
    record Reported(OutboxEntry entry, EntryOutcome outcome) {
    }

    Outcomes(Instant now, DispatcherSettings settings, RandomGenerator random) {
        this.now = now;
        this.settings = settings;
        this.random = random;
    }

    void defer(OutboxEntry e, Instant until, String why) {
        completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.PENDING, e.attempts(), until, e.lastError(),
                false));
        if (why != null && e.kind() == OutboxKind.MESSAGE) {
            transitions.add(new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.QUEUED, now, why,
                    null, -1));
        }
        deferred++;
        reported.add(new Reported(e, EntryOutcome.DEFERRED));
    }

    void result(OutboxEntry e, DeliveryResult result) {
        int attempts = e.attempts() + 1;
        boolean message = e.kind() == OutboxKind.MESSAGE;
        if (message) {
            Set<String> retired = result instanceof DeliveryResult.Accepted a ? a.retiredTargets()
                    : result instanceof DeliveryResult.Refused r ? r.retiredTargets() : Set.of();
            if (!retired.isEmpty()) {
                retiredTargets.put(e.id(), retired);
            }
        }
        if (result instanceof DeliveryResult.Accepted accepted) {
            completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DONE, attempts, e.dueAt(), null, message));
            if (message) {
                transitions.add(new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.SENT, now,
                        null, accepted.providerId(), attempts));
            }
            delivered++;
            reported.add(new Reported(e, EntryOutcome.DELIVERED));
        } else if (result instanceof DeliveryResult.Refused refusal) {
            completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DONE, attempts, e.dueAt(),
                    "refused: " + refusal.reason(), message));
            if (message) {
                transitions.add(new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.FAILED, now,
                        "refused: " + refusal.reason(), null, attempts));
            }
            refused++;
            reported.add(new Reported(e, EntryOutcome.REFUSED));
        } else {
            DeliveryResult.Failed failure = (DeliveryResult.Failed) result;
            fail(e, attempts, failure.reason(), failure.retryAfter());
        }
    }

    void fail(OutboxEntry e, int attempts, String reason) {
        fail(e, attempts, reason, null);
    }

    /** A failure; the next attempt waits the backoff, and at least what the provider asked for. */
    void fail(OutboxEntry e, int attempts, String reason, Duration retryAfter) {
        boolean message = e.kind() == OutboxKind.MESSAGE;
        String error = Text.truncate(reason, 500);
        if (attempts >= settings.maxAttempts()) {
            completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.DEAD, attempts, e.dueAt(), error, false));
            if (message) {
                transitions.add(new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.FAILED, now,
                        "dead-lettered after " + attempts + " attempts: " + error, null, attempts));
            }
            dead++;
            reported.add(new Reported(e, EntryOutcome.DEAD_LETTERED));
        } else {
            completions.add(new OutboxCompletion(e.id(), e.leaseToken(), OutboxStatus.PENDING, attempts,
                    now.plus(wait(backoff(attempts), retryAfter)), error, false));
            if (message) {
                transitions.add(new MessageTransition(MessageId.of(e.id()), MessageStatus.QUEUED, MessageStatus.QUEUED, now,
                        "attempt " + attempts + " failed: " + error, null, attempts));
            }
            retried++;
            reported.add(new Reported(e, EntryOutcome.RETRIED));
        }
    }

    /** The backoff, or the provider's wait when that is longer (capped at the maximum backoff). */
    private Duration wait(Duration backoff, Duration retryAfter) {
        if (retryAfter == null || retryAfter.compareTo(backoff) <= 0) {
            return backoff;
        }
        return retryAfter.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : retryAfter;
    }

    /**
     * The delay before the next attempt: the initial backoff doubled for each earlier attempt, capped,
     * then drawn uniformly between half and all of it (so that failing entries spread out).
     */
    Duration backoff(int attempts) {
        long initial = settings.initialBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        int doublings = attempts - 1;
        long exponential = doublings < 62 && initial <= (max >> doublings) ? initial << doublings : max;
        long jittered = exponential / 2 + random.nextLong(exponential / 2 + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
