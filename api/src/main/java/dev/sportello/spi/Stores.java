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

    /**
     * Writes all of a command's buffered writes, in this order: the appends ({@link #flush} with
     * {@link WriteBatch#appendsOnly()}), the audit heads it creates ({@link AuditStore#createHeads}) and moves
     * ({@link AuditStore#moveHeads}), then its bounded increments in order ({@link CounterStore#tryIncrement}),
     * stopping at the first one refused. An adapter may write it all in one round trip (the JDBC adapter
     * does on PostgreSQL); it must keep the increments last and in order, and may attempt the increments
     * after a refused one, since the SDK then rolls the transaction back.
     *
     * @param batch the writes, not null
     * @return the index in {@link WriteBatch#increments()} of the first increment refused, or -1 when all
     *         were made
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} if a new head's stream
     *                                         already has one, or an appended record conflicts
     * @since 1.1
     */
    default int flushAll(WriteBatch batch) {
        WriteBatch appends = batch.appendsOnly();
        if (!appends.isEmpty()) {
            flush(appends);
        }
        if (!batch.newHeads().isEmpty()) {
            get(AuditStore.class).createHeads(batch.newHeads());
        }
        if (!batch.movedHeads().isEmpty()) {
            get(AuditStore.class).moveHeads(batch.movedHeads());
        }
        List<WriteBatch.Increment> increments = batch.increments();
        for (int i = 0; i < increments.size(); i++) {
            WriteBatch.Increment increment = increments.get(i);
            if (!get(CounterStore.class).tryIncrement(increment.key(), increment.limit())) {
                return i;
            }
        }
        return -1;
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
