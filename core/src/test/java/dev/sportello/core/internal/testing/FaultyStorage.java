package dev.sportello.core.internal.testing;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.WriteBatch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A unit of work around another that counts transactions and, when asked, fails the next flush of
 * buffered appends or runs the next unit of work twice (the first run rolled back), as a database may.
 *
 * <p>Thread-safe.
 */
public final class FaultyStorage implements UnitOfWork {
    private final UnitOfWork delegate;
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicBoolean failNextFlush = new AtomicBoolean();
    private final AtomicBoolean rerunNext = new AtomicBoolean();

    /**
     * Wraps a unit of work.
     *
     * @param delegate the real one
     */
    public FaultyStorage(UnitOfWork delegate) {
        this.delegate = delegate;
    }

    /** How many transactions were begun so far. */
    public int transactions() {
        return transactions.get();
    }

    /** Makes the next flush of appends fail with {@code ADAPTER_FAILED}. */
    public void failNextFlush() {
        failNextFlush.set(true);
    }

    /** Runs the next unit of work twice: once to be rolled back, then for real. */
    public void rerunNext() {
        rerunNext.set(true);
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        transactions.incrementAndGet();
        if (rerunNext.compareAndSet(true, false)) {
            try {
                delegate.inTransaction(stores -> {
                    work.run(wrap(stores));
                    throw new Rerun();
                });
            } catch (Rerun expected) {
                // rolled back; run it again
            }
        }
        return delegate.inTransaction(stores -> work.run(wrap(stores)));
    }

    private Stores wrap(Stores stores) {
        return new Stores() {
            @Override
            public <S> S get(Class<S> type) {
                return stores.get(type);
            }

            @Override
            public void flush(WriteBatch batch) {
                if (failNextFlush.compareAndSet(true, false)) {
                    throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "storage"));
                }
                stores.flush(batch);
            }
        };
    }

    @Override
    public Set<Class<?>> storeTypes() {
        return delegate.storeTypes();
    }

    @Override
    public String spiVersion() {
        return delegate.spiVersion();
    }

    /** Rolls back the first run. */
    private static final class Rerun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rerun() {
            super("rerun", null, false, false);
        }
    }
}
