package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.Required;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Every store on PostgreSQL (16 or newer) or H2 (in PostgreSQL mode), through plain JDBC.
 *
 * <p>Each unit of work takes a connection from the data source, runs at READ COMMITTED with
 * optimistic version checks and conditional updates, and commits or rolls back as a whole. A
 * transaction that fails on a serialisation failure, a deadlock or a lock timeout is run again (up to
 * five times); a unique-key violation becomes a {@link dev.sportello.ConflictException}; any other
 * database error an {@link dev.sportello.AdapterFailureException}. The outbox is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several dispatchers never take the same entry.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.of(dataSource).migrate();
 * }</pre>
 *
 * <p>{@link #joiningHostTransactions} gives a storage that runs each unit of work inside the host's
 * transaction when the host has one on the calling thread (see {@link HostTransactions}): in a savepoint,
 * never committed nor retried by the storage.
 *
 * <p>Thread-safe; use a pooled data source.
 */
public final class JdbcStorage implements UnitOfWork {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Dialect dialect;
    /** The host's transactions to join, or null for a storage that always runs its own. */
    private final HostTransactions hosts;

    private JdbcStorage(DataSource dataSource, Dialect dialect, HostTransactions hosts) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.hosts = hosts;
    }

    /**
     * A storage over a data source; the database is recognised from its metadata.
     *
     * @param dataSource a pooled data source of PostgreSQL or H2, not null
     * @return the storage
     * @throws dev.sportello.AdapterFailureException if the database cannot be reached
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} for a null data source or a
     *                                             database that is neither PostgreSQL nor H2
     */
    public static JdbcStorage of(DataSource dataSource) {
        if (dataSource == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "dataSource", Map.of("reason", "required"));
        }
        try (Connection connection = dataSource.getConnection()) {
            return new JdbcStorage(dataSource, Dialect.of(connection), null);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Creates or upgrades the schema with Flyway (history table {@code sportello_schema_history}).
     *
     * @return this storage
     */
    public JdbcStorage migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .table("sportello_schema_history")
                .locations("classpath:db/sportello/common", dialect.migrationLocation())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return this;
    }

    /**
     * A storage over the same data source that joins the host's transaction whenever {@code hosts} finds
     * one on the calling thread: the unit of work runs on the host's connection inside a savepoint, which
     * is released when the work succeeds (the host commits) and rolled back to when it fails (the
     * failure propagates, mapped as usual, and the host decides); it is never run again on a transient
     * failure, and the storage never commits, rolls back or closes the host's connection. When
     * {@code hosts} finds no transaction, the unit of work runs in a transaction of its own, with the
     * retries described above. The schema is the same: {@link #migrate} either storage.
     *
     * <pre>{@code
     * ThreadBoundTransactions bound = ThreadBoundTransactions.over(dataSource);
     * JdbcStorage storage = JdbcStorage.of(dataSource).migrate().joiningHostTransactions(bound);
     * }</pre>
     *
     * @param hosts how to find the host's transaction, not null; it is asked with this storage's data
     *              source
     * @return a new storage; this one is unchanged
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} (field {@code hostTransactions})
     *                                             for null
     */
    public JdbcStorage joiningHostTransactions(HostTransactions hosts) {
        if (hosts == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "hostTransactions", Map.of("reason", "required"));
        }
        return new JdbcStorage(dataSource, dialect, hosts);
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Class<?>> storeTypes() {
        return JdbcStores.REGISTRY.types();
    }

    /** Whether this storage runs on PostgreSQL (else H2). */
    public boolean isPostgreSql() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** Whether the host has a transaction open on this thread that this storage would join. */
    @Override
    public boolean insideHostTransaction() {
        Optional<HostTransactions.Joined> joined = joinHost();
        joined.ifPresent(HostTransactions.Joined::close);
        return joined.isPresent();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        Optional<HostTransactions.Joined> joined = joinHost();
        return joined.isPresent() ? inHostTransaction(joined.get(), work) : inOwnTransaction(work);
    }

    /**
     * Work that must outlive the host's transaction runs in a transaction of this storage's own once the
     * host's has ended (when the host can say so, see {@link HostTransactions.Joined#afterCompletion}), or
     * now without a host transaction; a failure then is logged with its code only.
     */
    @Override
    public void inTransactionOutlivingTheHost(TransactionalWork<?> work) {
        Optional<HostTransactions.Joined> joined = joinHost();
        if (joined.isEmpty()) {
            inOwnTransaction(work);
            return;
        }
        boolean deferred;
        try (HostTransactions.Joined host = joined.get()) {
            deferred = host.afterCompletion(() -> {
                try {
                    inOwnTransaction(work);
                } catch (RuntimeException e) {
                    LOG.warn("work after the host's transaction failed: {}", e instanceof SportelloException se
                            ? se.code().name() : e.getClass().getSimpleName());
                }
            });
        }
        if (!deferred) {
            inTransaction(work);   // the host cannot wait: the work shares its transaction's fate
        }
    }

    /** The host's transaction on this thread, if this storage joins host transactions and one is open. */
    private Optional<HostTransactions.Joined> joinHost() {
        return hosts == null ? Optional.empty() : Required.value(hosts.join(dataSource), "HostTransactions.join", "result");
    }

    /** The host owns the transaction: a savepoint around the work, no commit, no retry, no close. */
    private <T> T inHostTransaction(HostTransactions.Joined joined, TransactionalWork<T> work) {
        try (joined) {
            Connection connection = Required.value(joined.connection(), "HostTransactions.Joined", "connection");
            Savepoint savepoint;
            try {
                if (connection.getAutoCommit()) {
                    throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "HostTransactions.Joined.connection",
                            Map.of("reason", "auto-commit is on, so there is no transaction to join"));
                }
                savepoint = connection.setSavepoint();
            } catch (SQLException e) {
                throw failure(e);
            }
            try {
                T result = work.run(new JdbcStores(new Db(connection, dialect)));
                release(connection, savepoint);
                return result;
            } catch (JdbcFailure e) {
                rollbackTo(connection, savepoint);
                throw mapped(e);
            } catch (RuntimeException | Error e) {
                rollbackTo(connection, savepoint);
                throw e;
            }
        }
    }

    private <T> T inOwnTransaction(TransactionalWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    T result = work.run(new JdbcStores(new Db(connection, dialect)));
                    connection.commit();
                    return result;
                } catch (JdbcFailure e) {
                    rollback(connection);
                    if (e.isTransient() && attempt < MAX_ATTEMPTS) {
                        LOG.debug("transient database failure ({}), attempt {} of {}", e.sqlState(), attempt, MAX_ATTEMPTS);
                        pause(attempt);
                        continue;
                    }
                    throw mapped(e);
                } catch (SQLException e) {
                    rollback(connection);
                    if (new JdbcFailure(e).isTransient() && attempt < MAX_ATTEMPTS) {
                        pause(attempt);
                        continue;
                    }
                    throw failure(e);
                } catch (RuntimeException | Error e) {
                    rollback(connection);
                    throw e;
                } finally {
                    restore(connection, autoCommit);
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /** A failed statement as the SDK's error: a unique-key violation is a conflict, the rest a failure. */
    private static SportelloException mapped(JdbcFailure e) {
        if (e.isDuplicateKey()) {
            return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "row",
                    "objectId", "unique key", "expectedVersion", "none"), List.of(), e.sql());
        }
        return failure(e.sql());
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLFeatureNotSupportedException e) {
            LOG.trace("the driver does not release savepoints");
        } catch (SQLException e) {
            // the work is done; a connection that broke meanwhile fails the host's commit
            LOG.debug("could not release a savepoint, SQL state {}", e.getSQLState());
        }
    }

    private static void rollbackTo(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            LOG.warn("rollback to savepoint failed, SQL state {}", e.getSQLState());
            return;
        }
        release(connection, savepoint);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed, SQL state {}", e.getSQLState());
        }
    }

    static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit, SQL state {}", e.getSQLState());
        }
    }

    static SportelloException failure(SQLException e) {
        LOG.warn("database failure, SQL state {}", e.getSQLState());
        return SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(), e);
    }
}
