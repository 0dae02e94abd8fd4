package dev.sportello.core.internal.testing;

import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;

import java.util.Set;

/**
 * A storage that says whether the host has a transaction open, as a JDBC storage joining host
 * transactions does; the work itself runs on the wrapped storage.
 *
 * <p>Thread-safe.
 */
public final class JoiningStorage implements UnitOfWork {
    private final UnitOfWork delegate;
    private volatile boolean hostTransactionOpen;

    /**
     * Wraps a storage.
     *
     * @param delegate the storage
     */
    public JoiningStorage(UnitOfWork delegate) {
        this.delegate = delegate;
    }

    /**
     * Opens or closes the pretended host transaction.
     *
     * @param open whether one is open
     */
    public void hostTransaction(boolean open) {
        hostTransactionOpen = open;
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
        return delegate.inTransaction(work);
    }

    @Override
    public boolean insideHostTransaction() {
        return hostTransactionOpen;
    }
}
