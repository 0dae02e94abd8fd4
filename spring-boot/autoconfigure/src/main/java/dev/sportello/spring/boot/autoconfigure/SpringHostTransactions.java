package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.adapters.jdbc.HostTransactions;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The host's Spring transaction, for the JDBC storage: joined when a transaction is active on the
 * calling thread and holds a connection of the storage's own data source (a
 * {@code DataSourceTransactionManager}, or a JPA transaction manager that exposes its JDBC connection).
 * Otherwise (no transaction, a transaction on another resource) the storage runs its own.
 *
 * <p>Thread-safe (stateless; Spring keeps the transaction per thread).
 */
final class SpringHostTransactions implements HostTransactions {

    @Override
    public Optional<Joined> join(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.getResource(dataSource) == null) {
            return Optional.empty();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return Optional.of(new Joined() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public boolean afterCompletion(Runnable work) {
                if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                    return false;
                }
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        work.run();
                    }
                });
                return true;
            }

            @Override
            public void close() {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }
}
