package dev.sportello.adapters.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Remembers how to undo every write of one transaction; replayed backwards on rollback. */
final class UndoLog {
    private final Deque<Runnable> actions = new ArrayDeque<>();

    /**
     * Records the previous value of a map entry, then writes the new one. The tables hold no null values, so
     * the value {@code put} returns tells whether the key was there: one lookup, not two.
     */
    <K, V> void put(Map<K, V> map, K key, V value) {
        V previous = map.put(key, Objects.requireNonNull(value, "the memory tables hold no null values"));
        actions.push(previous != null ? () -> map.put(key, previous) : () -> map.remove(key));
    }

    /** Records the previous value of a map entry, then removes it. */
    <K, V> void remove(Map<K, V> map, K key) {
        V previous = map.remove(key);
        if (previous != null) {
            actions.push(() -> map.put(key, previous));
        }
    }

    /** Records an arbitrary undo action for a write already done. */
    void onRollback(Runnable undo) {
        actions.push(Objects.requireNonNull(undo));
    }

    void rollback() {
        while (!actions.isEmpty()) {
            actions.pop().run();
        }
    }

    /** A map that records undo entries for a fresh map per key (used for nested indexes). */
    static <K, V> V child(UndoLog undo, Map<K, V> map, K key, java.util.function.Supplier<V> factory) {
        V value = map.get(key);
        if (value == null) {
            value = factory.get();
            undo.put(map, key, value);
        }
        return value;
    }

    static <K, V> Map<K, V> newMap() {
        return new HashMap<>();
    }
}
