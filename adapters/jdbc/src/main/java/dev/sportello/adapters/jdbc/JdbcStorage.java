package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
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
 * <p>Thread-safe; use a pooled data source.
 */
public final class JdbcStorage implements UnitOfWork {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Dialect dialect;

    private JdbcStorage(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
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
            return new JdbcStorage(dataSource, Dialect.of(connection));
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

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
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
                    if (e.isDuplicateKey()) {
                        throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "row",
                                "objectId", "unique key", "expectedVersion", "none"), java.util.List.of(), e.sql());
                    }
                    throw failure(e.sql());
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

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed, SQL state {}", e.getSQLState());
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit, SQL state {}", e.getSQLState());
        }
    }

    private static SportelloException failure(SQLException e) {
        LOG.warn("database failure, SQL state {}", e.getSQLState());
        return SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), java.util.List.of(), e);
    }
}
