package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Host transactions for a host without a transaction framework: {@link #begin} takes a connection from
 * the data source, turns auto-commit off and binds it to the calling thread until the returned
 * {@link HostTransaction} is closed; a {@link JdbcStorage#joiningHostTransactions joining storage} over
 * the same data source runs the SDK's commands of that thread in it.
 *
 * <pre>{@code
 * ThreadBoundTransactions transactions = ThreadBoundTransactions.over(dataSource);
 * SportelloSdk sdk = SportelloSdk.builder()
 *         .unitOfWork(JdbcStorage.of(dataSource).migrate().joiningHostTransactions(transactions))
 *         // ... office directory, channels ...
 *         .build();
 *
 * try (HostTransaction tx = transactions.begin()) {
 *     try (PreparedStatement insert = tx.connection().prepareStatement(
 *             "INSERT INTO practice (id, tax_code) VALUES (?, ?)")) {
 *         insert.setObject(1, practiceId);
 *         insert.setString(2, taxCode.value());
 *         insert.executeUpdate();
 *     }
 *     sdk.appointments().book(principal, booking);   // joins tx, in a savepoint
 *     tx.commit();                                    // the practice and the booking, or neither
 * }                                                   // closed without commit: rolled back
 * }</pre>
 *
 * <p>One transaction per thread and instance: a {@link #begin} while the thread's transaction is open is
 * refused. {@link #join} answers only for the data source given to {@link #over} (the same instance);
 * on a thread without a transaction it is empty, so the SDK's commands (and its dispatcher, on its own
 * threads) run in transactions of their own.
 *
 * <p>Thread-safe: the state is bound to each thread.
 */
public final class ThreadBoundTransactions implements HostTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadBoundTransactions.class);

    private final DataSource dataSource;
    private final ThreadLocal<HostTransaction> bound = new ThreadLocal<>();

    private ThreadBoundTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Transactions over a data source: the one the joining storage was made with.
     *
     * @param dataSource the data source, not null
     * @return the transactions
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} (field {@code dataSource}) for null
     */
    public static ThreadBoundTransactions over(DataSource dataSource) {
        if (dataSource == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "dataSource", Map.of("reason", "required"));
        }
        return new ThreadBoundTransactions(dataSource);
    }

    /**
     * Begins a transaction on a connection of the data source and binds it to the calling thread.
     *
     * @return the transaction, to be closed on this thread (try-with-resources)
     * @throws dev.sportello.InvalidInputException   with {@code CONFIG_INVALID} (field
     *                                               {@code ThreadBoundTransactions.begin}) when this thread's
     *                                               transaction is still open (nesting is not supported)
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_FAILED} when no connection can be had
     */
    public HostTransaction begin() {
        HostTransaction current = bound.get();
        if (current != null && !current.isClosed()) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "ThreadBoundTransactions.begin",
                    Map.of("reason", "a transaction is already open on this thread; nested transactions are not supported"));
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw HostTransaction.failure("begin", e);
        }
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw HostTransaction.failure("begin", e);
        }
        HostTransaction transaction = new HostTransaction(connection, autoCommit, this::unbind);
        bound.set(transaction);
        return transaction;
    }

    /**
     * The transaction open on the calling thread, for the data source given to {@link #over}.
     *
     * @param dataSource the storage's data source, not null
     * @return the joined transaction (closing it leaves the transaction open), or empty for another data
     *         source or when this thread has no open transaction
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} (field {@code HostTransaction})
     *                                             when this thread's transaction was committed or rolled
     *                                             back but not yet closed: an SDK command there would
     *                                             belong to no transaction
     */
    @Override
    public Optional<Joined> join(DataSource dataSource) {
        if (dataSource != this.dataSource) {
            return Optional.empty();
        }
        HostTransaction current = bound.get();
        if (current == null) {
            return Optional.empty();
        }
        if (current.isClosed()) {
            bound.remove();
            return Optional.empty();
        }
        Connection connection = current.connectionWhileActive("HostTransaction");
        return Optional.of(new Joined() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public boolean afterCompletion(Runnable work) {
                current.afterCompletion(work);
                return true;
            }

            @Override
            public void close() {
                // the host's transaction stays open: the host commits, rolls back and closes it
            }
        });
    }

    private void unbind(HostTransaction transaction) {
        if (bound.get() == transaction) {
            bound.remove();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("could not close a connection, SQL state {}", e.getSQLState());
        }
    }

    @Override
    public String toString() {
        return "ThreadBoundTransactions";
    }
}
