package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Remembers the {@code webhook-id}s a {@link WebhookVerifier} has accepted, so that a request seen again
 * inside the timestamp tolerance is refused as a replay ({@code TRN_REPLAYED}). An id needs remembering
 * only until its timestamp leaves the tolerance; after that the timestamp check refuses it anyway.
 *
 * <p>The default, {@link #inMemory(int)}, holds a bounded number of ids in this JVM; a receiver running
 * several instances plugs in a shared store (a database table with a unique key, a Redis {@code SET NX PX}).
 *
 * <p>Implementations are thread-safe.
 */
public interface WebhookReplayStore {
    /**
     * Records an id unless it is already recorded and not expired, atomically.
     *
     * <p>A store in Redis maps it to {@code SET <id> 1 NX PX <ttl>}; one in a database to an insert into a
     * table with the id as unique key and {@code now + ttl} as expiry.
     *
     * @param id  the {@code webhook-id}, not null
     * @param now the verifier's current time, not null
     * @param ttl how long to remember it, positive, not null
     * @return true if the id was new (the request is processed), false if it was already recorded (a replay)
     */
    boolean remember(String id, Instant now, Duration ttl);

    /**
     * Forgets an id, so that the sender's retry is accepted: call it when the handling of a verified
     * request failed and the receiver answers non-2xx.
     *
     * @param id the {@code webhook-id}, not null
     */
    void forget(String id);

    /**
     * A store in this JVM's memory holding at most {@code maxIds} unexpired ids. Expired ids are dropped in
     * expiry order (ids remembered for different times do not pile up behind a long-lived one). When full it
     * drops the id that expires first — the least harmful choice, as its replay window is the shortest — and
     * a replay of that request before its expiry would then pass; size the store for the ids a receiver
     * accepts within its longest {@linkplain WebhookVerifier.Builder#dedupeWindow dedupe window}.
     *
     * @param maxIds the capacity, 1 to 10,000,000
     * @return a new, empty store
     * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID} (field {@code WebhookReplayStore.maxIds})
     */
    static WebhookReplayStore inMemory(int maxIds) {
        if (maxIds < 1 || maxIds > 10_000_000) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "WebhookReplayStore.maxIds",
                    Map.of("reason", "1-10000000"));
        }
        return new InMemoryReplayStore(maxIds);
    }
}
