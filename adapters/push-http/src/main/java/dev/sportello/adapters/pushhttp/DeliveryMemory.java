package dev.sportello.adapters.pushhttp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the channel knows of a message that failed for now: per installation (its device id) the final answer
 * already given (delivered with the provider's id, dead, refused), so that the retry with the same idempotency
 * key sends only to the installations still pending and a phone is not notified twice. Bounded: beyond its
 * capacity the least recently used message is forgotten (its retry then sends to every installation again,
 * and the per-platform replacement id keeps the phone from showing it twice). A message is forgotten as soon
 * as it ends accepted or refused.
 *
 * <p>Thread-safe (synchronized).
 */
final class DeliveryMemory {
    private final Map<String, Map<String, TargetAnswer>> byKey;

    DeliveryMemory(int capacity) {
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, TargetAnswer>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The final answers given so far for this key, by device id; empty when none are remembered. */
    synchronized Map<String, TargetAnswer> recall(String idempotencyKey) {
        Map<String, TargetAnswer> answers = byKey.get(idempotencyKey);
        return answers == null ? Map.of() : answers;
    }

    /** Keeps the final answers (no {@code RetryLater}, no {@code CredentialsRejected}) of a message that failed for now. */
    synchronized void remember(String idempotencyKey, Map<String, TargetAnswer> finalAnswers) {
        if (finalAnswers.isEmpty()) {
            byKey.remove(idempotencyKey);
        } else {
            byKey.put(idempotencyKey, Map.copyOf(finalAnswers));
        }
    }

    /** Forgets a message that ended accepted or refused. */
    synchronized void forget(String idempotencyKey) {
        byKey.remove(idempotencyKey);
    }

    /** How many messages are remembered. */
    synchronized int size() {
        return byKey.size();
    }
}
