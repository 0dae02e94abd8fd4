package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A transaction of the host begun by {@link ThreadBoundTransactions#begin}: the host's own SQL runs on
 * {@link #connection()}, and the SDK's commands called on the same thread join it. It ends with
 * {@link #commit()} or {@link #rollback()}; {@link #close()} rolls back what was not committed, unbinds it
 * from the thread and closes the connection. After the end, {@link #connection()}, a second
 * commit or rollback, and SDK commands (until {@link #close()}) are refused.
 *
 * <p>Not thread-safe: use it on the thread that began it.
 */
public final class HostTransaction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostTransaction.class);

    private final Connection connection;
    private final boolean autoCommit;
    private final Consumer<HostTransaction> unbind;
    private volatile boolean ended;
    private volatile boolean committed;
    private volatile boolean closed;
    private final List<Runnable> afterCompletion = new CopyOnWriteArrayList<>();

    HostTransaction(Connection connection, boolean autoCommit, Consumer<HostTransaction> unbind) {
        this.connection = connection;
        this.autoCommit = autoCommit;
        this.unbind = unbind;
    }

    /**
     * The connection of this transaction, for the host's own statements. Do not commit, roll back or close
     * it directly: use this object.
     *
     * @return the connection (auto-commit off), not null
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} (field
     *                                             {@code HostTransaction.connection}) after the end
     */
    public Connection connection() {
        return connectionWhileActive("HostTransaction.connection");
    }

    /**
     * Commits the host's writes and the SDK's together; the transaction ends.
     *
     * @throws dev.sportello.InvalidInputException   with {@code CONFIG_INVALID} (field
     *                                               {@code HostTransaction.commit}) after the end
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_FAILED} when the database does not
     *                                               commit (nothing was kept)
     */
    public void commit() {
        connectionWhileActive("HostTransaction.commit");
        ended = true;
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("commit", e);
        }
        committed = true;
    }

    /**
     * Rolls back the host's writes and the SDK's; the transaction ends.
     *
     * @throws dev.sportello.InvalidInputException   with {@code CONFIG_INVALID} (field
     *                                               {@code HostTransaction.rollback}) after the end
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_FAILED} when the database fails (it
     *                                               keeps nothing of a transaction it did not commit)
     */
    public void rollback() {
        connectionWhileActive("HostTransaction.rollback");
        ended = true;
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw failure("rollback", e);
        }
    }

    /**
     * Whether {@link #commit()} succeeded.
     *
     * @return true once committed
     */
    public boolean isCommitted() {
        return committed;
    }

    /**
     * Rolls back unless committed, unbinds the transaction from its thread and closes the connection (back
     * to its pool, with its auto-commit restored). Never throws: a failure is logged with its SQL state (a
     * database keeps nothing of a transaction that was not committed). Closing again does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            end();
        } finally {
            afterCompletion.forEach(Runnable::run);   // each catches its own failures
        }
    }

    /** Work the storage runs once this transaction has ended, at {@link #close()}. */
    void afterCompletion(Runnable work) {
        afterCompletion.add(work);
    }

    private void end() {
        closed = true;
        try {
            if (!committed) {
                JdbcStorage.rollback(connection);
            }
            JdbcStorage.restore(connection, autoCommit);
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the connection of a host transaction failed, SQL state {}", e.getSQLState());
            }
        } finally {
            unbind.accept(this);
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** The connection while the transaction is active, else a coded refusal naming the call. */
    Connection connectionWhileActive(String field) {
        if (closed || ended) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason",
                    "the host transaction has already " + (closed ? "been closed" : committed ? "been committed" : "ended")));
        }
        return connection;
    }

    static SportelloException failure(String step, SQLException e) {
        LOG.debug("host transaction {} failed", step);
        return JdbcStorage.failure(e);
    }

    @Override
    public String toString() {
        return "HostTransaction[" + (closed ? "closed" : committed ? "committed" : ended ? "ended" : "active") + "]";
    }
}
