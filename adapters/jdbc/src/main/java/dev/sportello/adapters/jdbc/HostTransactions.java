package dev.sportello.adapters.jdbc;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How the JDBC storage joins a transaction that the host manages, so that the host's own writes and
 * the SDK's commit together or not at all. Given to {@link JdbcStorage#joiningHostTransactions}; the
 * Spring Boot starter implements it over Spring's transaction synchronisation, and a host without a
 * framework uses {@link ThreadBoundTransactions}.
 *
 * <p>When {@link #join} finds the host's transaction, the storage runs the SDK's work on that
 * connection inside a savepoint: a command that fails rolls back to the savepoint (so the host never
 * commits half a command), and the storage neither commits, rolls back nor closes the connection — the
 * host does. It does not run such work again on a transient failure (the host owns the transaction and
 * decides). Without a host transaction the storage runs its own, with its retries, as before.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface HostTransactions {
    /**
     * The host's transaction on the calling thread for this data source, if one is active.
     *
     * @param dataSource the storage's data source, not null
     * @return the joined transaction, to be closed by the storage when its work is done; empty when the
     *         host has no transaction active on this thread
     */
    Optional<Joined> join(DataSource dataSource);

    /** The host's transaction as the storage uses it for one unit of work. Not thread-safe. */
    interface Joined extends AutoCloseable {
        /**
         * The connection of the host's transaction (auto-commit off).
         *
         * @return the connection, not null
         */
        Connection connection();

        /**
         * Asks the host to run work once its transaction has ended, committed or rolled back (the storage
         * writes there what must outlive a rollback, such as the audit of a denial, on a connection of its
         * own). The default cannot: the storage then writes it in the host's transaction.
         *
         * @param work the work, not null; it does not throw
         * @return true when the host will run it
         */
        default boolean afterCompletion(Runnable work) {
            return false;
        }

        /** Hands the connection back to the host (releases it; never commits or closes the transaction). */
        @Override
        void close();
    }
}
