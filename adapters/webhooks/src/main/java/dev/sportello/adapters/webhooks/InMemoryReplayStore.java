package dev.sportello.adapters.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link WebhookReplayStore#inMemory(int)}: bounded, kept in expiry order. Each call first drops every expired
 * id, whatever its place (ids have different TTLs, so they do not expire in the order they came); when a new
 * id would exceed the capacity, the id that expires first is dropped, as the one whose replay window is the
 * shortest. Thread-safe (every method is synchronized).
 */
final class InMemoryReplayStore implements WebhookReplayStore {
    /** One remembered id; {@code seq} orders ids of the same expiry by arrival. */
    private record Entry(Instant expiry, long seq, String id) {
    }

    private static final Comparator<Entry> BY_EXPIRY =
            Comparator.comparing(Entry::expiry).thenComparingLong(Entry::seq);

    private final int maxIds;
    private final Map<String, Entry> ids = new HashMap<>();
    private final TreeSet<Entry> byExpiry = new TreeSet<>(BY_EXPIRY);
    private long seq;

    InMemoryReplayStore(int maxIds) {
        this.maxIds = maxIds;
    }

    @Override
    public synchronized boolean remember(String id, Instant now, Duration ttl) {
        purgeExpired(now);
        if (ids.containsKey(id)) {
            return false;
        }
        Entry entry = new Entry(now.plus(ttl), seq++, id);
        ids.put(id, entry);
        byExpiry.add(entry);
        while (ids.size() > maxIds) {
            ids.remove(byExpiry.pollFirst().id());
        }
        return true;
    }

    @Override
    public synchronized void forget(String id) {
        Entry entry = ids.remove(id);
        if (entry != null) {
            byExpiry.remove(entry);
        }
    }

    synchronized int size() {
        return ids.size();
    }

    /** Drops every id whose expiry is not after {@code now}. */
    private void purgeExpired(Instant now) {
        while (!byExpiry.isEmpty() && !byExpiry.first().expiry().isAfter(now)) {
            ids.remove(byExpiry.pollFirst().id());
        }
    }
}
