package dev.sportello.spi;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.List;
import java.util.Map;

/**
 * The stores of one transaction, looked up by type: {@code stores.get(UserStore.class)}. Each area
 * defines its store interfaces in its own {@code spi} package; adding an area adds store types and
 * changes nothing here. Obtained only inside {@link UnitOfWork#inTransaction}; not to be kept after the
 * work returns. Not thread-safe: one transaction, one thread.
 */
public interface Stores {
    /**
     * The store of a type, bound to this transaction.
     *
     * @param type the store interface, not null
     * @param <S>  the store type
     * @return the store, never null
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_STORE_MISSING} if the storage does not
     *                                               provide it
     */
    <S> S get(Class<S> type);

    /**
     * Writes a command's buffered appends in the batch's order. The default hands each part to its store
     * ({@link AppendingStore#appendAll}); an adapter may write them in fewer round trips.
     *
     * @param batch the appends, not null
     */
    default void flush(WriteBatch batch) {
        for (WriteBatch.Part<?> part : batch.parts()) {
            append(this, part);
        }
    }

    private static <R> void append(Stores stores, WriteBatch.Part<R> part) {
        if (!part.records().isEmpty()) {
            stores.get(part.store()).appendAll(part.records());
        }
    }

    /**
     * The error for a store type a storage does not provide.
     *
     * @param type the type, not null
     * @return the error, to be thrown
     */
    static SportelloException missing(Class<?> type) {
        return SportelloException.of(ErrorCode.ADAPTER_STORE_MISSING, Map.of("store", type == null ? "null" : type.getSimpleName()),
                List.of(), null);
    }
}
