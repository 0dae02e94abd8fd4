package dev.sportello.core.internal.testing;

import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.WriteBatch;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A storage around another whose one store type is intercepted in every transaction: either not offered at all, as
 * an adapter without it ({@link #without}), or wrapped, to inject a fault or a stale read ({@link #around}).
 * Everything else goes to the wrapped storage. No null argument; as thread-safe as the wrapped storage and wrapper.
 */
public final class InterceptedStorage implements UnitOfWork {
    private final UnitOfWork storage;
    private final Class<?> type;
    private final boolean offered;
    private final UnaryOperator<Object> wrapper;

    private InterceptedStorage(UnitOfWork storage, Class<?> type, boolean offered, UnaryOperator<Object> wrapper) {
        this.storage = storage;
        this.type = type;
        this.offered = offered;
        this.wrapper = wrapper;
    }

    /**
     * A storage that does not offer a store type: it is left out of {@link #storeTypes()}, and {@link Stores#get} of
     * it throws {@code ADAPTER_STORE_MISSING} ({@link Stores#missing}).
     *
     * @param storage the real one
     * @param missing the store type it will not offer
     * @return the storage
     */
    public static UnitOfWork without(UnitOfWork storage, Class<?> missing) {
        return new InterceptedStorage(storage, missing, false, store -> {
            throw Stores.missing(missing);
        });
    }

    /**
     * A storage whose store of a type is wrapped in every transaction.
     *
     * @param storage the real one
     * @param type    the store type
     * @param wrapper wraps the transaction's store of that type
     * @param <S>     the store type
     * @return the storage
     */
    public static <S> UnitOfWork around(UnitOfWork storage, Class<S> type, UnaryOperator<S> wrapper) {
        return new InterceptedStorage(storage, type, true, store -> wrapper.apply(type.cast(store)));
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        return storage.inTransaction(stores -> work.run(new Stores() {
            @Override
            public <S> S get(Class<S> wanted) {
                if (wanted != type) {
                    return stores.get(wanted);
                }
                return wanted.cast(wrapper.apply(offered ? stores.get(wanted) : null));
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
        if (!offered) {
            types.remove(type);
        }
        return types;
    }

    @Override
    public String spiVersion() {
        return storage.spiVersion();
    }
}
