package dev.sportello.adapters.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscribers that have already answered for good (delivered or refused) for an event whose
 * publication failed for now at another subscriber, so that the retry posts only to the others. Bounded:
 * the least recently used event is dropped when full (its subscribers then receive the retry again and
 * dedupe it on {@code webhook-id}). An event is dropped as soon as its publication ends.
 *
 * <p>Thread-safe.
 */
final class Acknowledgements {
    private final Map<String, Map<String, Outcome>> byEvent;

    Acknowledgements(int maxEvents) {
        this.byEvent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, Outcome>> eldest) {
                return size() > maxEvents;
            }
        };
    }

    /** The final answers known for this event, by subscriber id; empty if none. */
    synchronized Map<String, Outcome> of(String eventId) {
        Map<String, Outcome> known = byEvent.get(eventId);
        return known == null ? Map.of() : Map.copyOf(known);
    }

    /** Replaces the final answers known for this event. */
    synchronized void remember(String eventId, Map<String, Outcome> answers) {
        if (answers.isEmpty()) {
            byEvent.remove(eventId);
        } else {
            byEvent.put(eventId, Map.copyOf(answers));
        }
    }

    synchronized void forget(String eventId) {
        byEvent.remove(eventId);
    }

    synchronized int size() {
        return byEvent.size();
    }
}
