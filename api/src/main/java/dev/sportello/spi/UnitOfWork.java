package dev.sportello.spi;

import java.util.Set;

/**
 * The transaction port, and what a storage adapter offers. Each command of the SDK runs as one unit of
 * work: its state change, audit entries, events and outbox entries are written together or not at all.
 *
 * <p>Contract (checked by the TCK):
 * <ul>
 *   <li>{@code work} sees a {@link Stores} bound to one transaction; when it returns, everything it
 *       wrote is committed; when it throws, nothing it wrote remains and the exception propagates
 *       (a {@link dev.sportello.SportelloException} unchanged; anything else from the adapter as an
 *       {@link dev.sportello.AdapterFailureException}).</li>
 *   <li>Concurrent units of work behave as if serialised for the rows they touch; version checks and
 *       bounded counters never let two writers both succeed against the same state.</li>
 *   <li>An adapter may run {@code work} again after a transient serialisation failure. The SDK's work
 *       therefore has no effect outside the stores: remote calls happen after commit, through the
 *       outbox, or before the transaction.</li>
 *   <li>Nested calls are not supported.</li>
 *   <li>{@link #storeTypes()} lists every store type that {@link Stores#get} returns in every
 *       transaction; the SDK's builder refuses a storage that lacks a store one of its areas needs.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface UnitOfWork extends SpiVersioned {
    /**
     * Runs work in one transaction.
     *
     * @param work the work, not null
     * @param <T>  the result type
     * @return what the work returned
     */
    <T> T inTransaction(TransactionalWork<T> work);

    /**
     * Whether work started now on the calling thread would join a transaction that the host manages
     * (see the JDBC adapter's {@code HostTransactions}). The SDK refuses there the operations that spend
     * an attempt (a verification or admission code), since the host's rollback would give it back.
     *
     * @return true inside a host's transaction; false by default
     */
    default boolean insideHostTransaction() {
        return false;
    }

    /**
     * Runs work that must outlive the host's transaction — the audit entry of a denial, which a host that
     * rolls back on the exception would otherwise take with it — in a transaction of the storage's own:
     * after the host's transaction on the calling thread has ended (committed or rolled back), or now when
     * there is none. A storage that cannot wait for the host runs it now, in the host's transaction. Failures
     * of work that runs later are the storage's to log; the caller is not told.
     *
     * @param work the work, not null
     * @since 0.1
     */
    default void inTransactionOutlivingTheHost(TransactionalWork<?> work) {
        inTransaction(work);
    }

    /**
     * The store interfaces this storage provides, e.g. {@code UserStore.class}; a {@link StoreRegistry}
     * gives them.
     *
     * @return the types, never null, immutable
     */
    Set<Class<?>> storeTypes();
}
