package dev.sportello.adapters.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link WebhookReplayStore#inMemory(int)}: insertion-ordered, bounded, expired ids purged. Thread-safe. */
final class InMemoryReplayStore implements WebhookReplayStore {
    private final int maxIds;
    private final LinkedHashMap<String, Instant> ids = new LinkedHashMap<>();

    InMemoryReplayStore(int maxIds) {
        this.maxIds = maxIds;
    }

    @Override
    public synchronized boolean remember(String id, Instant now, Duration ttl) {
        purgeExpired(now);
        Instant known = ids.get(id);
        if (known != null && known.isAfter(now)) {
            return false;
        }
        ids.remove(id);
        ids.put(id, now.plus(ttl));
        while (ids.size() > maxIds) {
            Iterator<String> oldest = ids.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    @Override
    public synchronized void forget(String id) {
        ids.remove(id);
    }

    synchronized int size() {
        return ids.size();
    }

    private void purgeExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = ids.entrySet().iterator();
        // insertion order approximates expiry order; stop at the first live entry
        while (it.hasNext()) {
            if (it.next().getValue().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }
}
