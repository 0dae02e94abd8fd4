package dev.sportello.adapters.memory;

import dev.sportello.spi.StoreRegistry;
import dev.sportello.spi.Stores;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One transaction of the memory storage: its undo log, its stores and the locks it holds (strict two-phase
 * locking: a lock is taken at the first use of what it guards and held until commit or rollback).
 *
 * <p><b>No deadlock.</b> A lock numbered above every lock the transaction holds is waited for; one numbered
 * below is only tried, and if it is busy the transaction is marked conflicted and a {@link Conflict} is thrown:
 * the storage rolls it back, releases its locks and runs the work again, first taking — in ascending order,
 * waiting — every lock the failed attempt held or wanted. Waits therefore only ever go up the numbering, so no
 * cycle of waits can form. Confined to one thread.
 */
final class MemoryTransaction implements Stores {
    /** Thrown when a lock below the transaction's highest one is busy; the storage retries the work. */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super("memory storage: lock taken out of order is busy; the unit of work is run again", null, false, false);
        }
    }

    final MemoryData data;
    final UndoLog undo = new UndoLog();
    private final MemoryLocks locks;
    private final StoreRegistry<MemoryTransaction> registry;
    private final Map<Class<?>, Integer> groups;
    private final Map<Class<?>, Object> stores = new HashMap<>();
    private final BitSet held = new BitSet();
    private int highest = -1;
    private int wanted = -1;
    private boolean open = true;

    MemoryTransaction(MemoryData data, MemoryLocks locks, StoreRegistry<MemoryTransaction> registry,
                      Map<Class<?>, Integer> groups, BitSet preclaim) {
        this.data = data;
        this.locks = locks;
        this.registry = registry;
        this.groups = groups;
        for (int id = preclaim.nextSetBit(0); id >= 0; id = preclaim.nextSetBit(id + 1)) {
            locks.get(id).lock();
            held.set(id);
            highest = id;
        }
    }

    @Override
    public <S> S get(Class<S> type) {
        if (!open) {
            throw new IllegalStateException("the transaction has ended");
        }
        Object store = stores.get(type);
        if (store == null) {
            Integer group = groups.get(type);
            if (group != null && group >= 0) {
                lock(MemoryLocks.table(group));
            }
            store = registry.create(type, this);
            stores.put(type, store);
        }
        return type.cast(store);
    }

    /** Takes the lock of one key of a keyed group (a no-op if already held). */
    void lockKey(int group, Object key) {
        lock(MemoryLocks.key(group, key));
    }

    private void lock(int id) {
        if (wanted >= 0) {
            throw new Conflict();
        }
        if (held.get(id)) {
            return;
        }
        ReentrantLock lock = locks.get(id);
        if (id > highest) {
            lock.lock();
            highest = id;
        } else if (!lock.tryLock()) {
            wanted = id;
            throw new Conflict();
        }
        held.set(id);
    }

    /** Whether a lock was busy out of order: the work must run again, whatever it returned. */
    boolean conflicted() {
        return wanted >= 0;
    }

    /** The locks a retry should take before running the work: those held now and the one wanted. */
    BitSet retryClaims() {
        BitSet claims = (BitSet) held.clone();
        if (wanted >= 0) {
            claims.set(wanted);
        }
        return claims;
    }

    /** Ends the transaction: rolls back if asked, then releases every lock. */
    void end(boolean rollback) {
        open = false;
        try {
            if (rollback) {
                undo.rollback();
            }
        } finally {
            for (int id = held.nextSetBit(0); id >= 0; id = held.nextSetBit(id + 1)) {
                locks.get(id).unlock();
            }
            held.clear();
        }
    }
}
