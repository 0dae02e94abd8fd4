package dev.sportello.adapters.memory;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The locks of the memory storage, numbered so that every transaction can take them in one order: lock
 * {@code group * STRIPES + stripe}. A table group that is locked as a whole uses stripe 0 only; a keyed group
 * (the counters) spreads its keys over {@link #STRIPES} stripes by hash. Thread-safe.
 */
final class MemoryLocks {
    /** Stripes per group. */
    static final int STRIPES = 64;

    private final ReentrantLock[] locks;

    MemoryLocks(int groups) {
        locks = new ReentrantLock[groups * STRIPES];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** How many locks there are. */
    int size() {
        return locks.length;
    }

    ReentrantLock get(int id) {
        return locks[id];
    }

    /** The id of the lock of a whole table group. */
    static int table(int group) {
        return group * STRIPES;
    }

    /** The id of the stripe that guards a key of a keyed group. */
    static int key(int group, Object key) {
        int h = key.hashCode() * 0x9E3779B9;
        return group * STRIPES + ((h ^ (h >>> 16)) & (STRIPES - 1));
    }
}
