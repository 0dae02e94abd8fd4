package dev.sportello.core.internal.testing;

import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.WriteBatch;

import java.util.HashSet;
import java.util.Set;

/**
 * A storage that does not offer one store type, as an adapter without it: the type is left out of
 * {@link #storeTypes()} and {@link Stores#get} of it throws {@code ADAPTER_STORE_MISSING} ({@link Stores#missing}).
 * Everything else goes to the wrapped storage. Not null arguments; as thread-safe as the wrapped storage.
 */
public final class StorageWithout implements UnitOfWork {
    private final UnitOfWork storage;
    private final Class<?> missing;

    private StorageWithout(UnitOfWork storage, Class<?> missing) {
        this.storage = storage;
        this.missing = missing;
    }

    /**
     * Wraps a storage.
     *
     * @param storage the real one
     * @param missing the store type it will not offer
     * @return the wrapper
     */
    public static UnitOfWork of(UnitOfWork storage, Class<?> missing) {
        return new StorageWithout(storage, missing);
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        return storage.inTransaction(stores -> work.run(new Stores() {
            @Override
            public <S> S get(Class<S> type) {
                if (type == missing) {
                    throw Stores.missing(type);
                }
                return stores.get(type);
            }

            @Override
            public void flush(WriteBatch batch) {
                stores.flush(batch);
            }

            @Override
            public int flushAll(WriteBatch batch) {
                return stores.flushAll(batch);
            }
        }));
    }

    @Override
    public Set<Class<?>> storeTypes() {
        Set<Class<?>> types = new HashSet<>(storage.storeTypes());
        types.remove(missing);
        return types;
    }

    @Override
    public String spiVersion() {
        return storage.spiVersion();
    }
}
