package dev.sportello.tck;

import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a storage so that the next units of work are run twice, as a storage does after a transient
 * serialisation failure: the first run is rolled back whole, then the work runs again. The tool to show
 * that the SDK's work has no effect outside the stores (a meeting room opened inside a transaction would
 * be opened twice).
 *
 * <p>Thread-safe.
 */
public final class RerunningStorage implements UnitOfWork {
    private final UnitOfWork delegate;
    private final AtomicInteger reruns = new AtomicInteger();
    private final AtomicInteger rerun = new AtomicInteger();

    /** The failure that rolls the first run back. */
    private static final class Rerun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rerun() {
            super("simulated serialisation failure", null, false, false);
        }
    }

    /**
     * Wraps a storage.
     *
     * @param delegate the storage under test
     */
    public RerunningStorage(UnitOfWork delegate) {
        this.delegate = delegate;
    }

    /**
     * Makes the next units of work run twice.
     *
     * @param count how many units of work, from now
     */
    public void rerunNext(int count) {
        reruns.set(count);
    }

    /** How many units of work were run twice so far. */
    public int rerun() {
        return rerun.get();
    }

    @Override
    public String spiVersion() {
        return delegate.spiVersion();
    }

    @Override
    public Set<Class<?>> storeTypes() {
        return delegate.storeTypes();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        if (reruns.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            try {
                delegate.inTransaction(stores -> {
                    work.run(stores);
                    throw new Rerun();
                });
            } catch (Rerun expected) {
                rerun.incrementAndGet();
            }
        }
        return delegate.inTransaction(work);
    }
}
