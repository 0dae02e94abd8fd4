package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.SportelloException;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link ThreadBoundTransactions} and of a joining storage's entry points, on H2. */
class ThreadBoundTransactionsTest {
    private DataSource h2;
    private ThreadBoundTransactions transactions;

    @BeforeEach
    void h2() throws SQLException {
        Databases.h2();
        h2 = Databases.dataSource(false);
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS host_note (id INT PRIMARY KEY)");
            s.execute("DELETE FROM host_note");
        }
        transactions = ThreadBoundTransactions.over(h2);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void nullsAreRefusedWithACode() {
        refused(() -> ThreadBoundTransactions.over(null), ErrorCode.CONFIG_INVALID, "dataSource");
        refused(() -> Databases.h2().joiningHostTransactions(null), ErrorCode.CONFIG_INVALID, "hostTransactions");
    }

    @Test
    void aTransactionIsBoundToItsThreadAndItsDataSourceOnly() throws Exception {
        try (HostTransaction tx = transactions.begin()) {
            Optional<HostTransactions.Joined> joined = transactions.join(h2);
            assertThat(joined).isPresent();
            assertThat(joined.get().connection()).isSameAs(tx.connection());
            assertThat(joined.get().connection().getAutoCommit()).isFalse();
            joined.get().close();
            assertThat(tx.connection().isClosed()).as("closing the joined handle leaves the connection open").isFalse();
            assertThat(transactions.join(new org.h2.jdbcx.JdbcDataSource())).as("another data source").isEmpty();
            assertThat(CompletableFuture.supplyAsync(() -> transactions.join(h2)).get(10, TimeUnit.SECONDS))
                    .as("another thread").isEmpty();
            assertThat(ThreadBoundTransactions.over(h2).join(h2)).as("another instance").isEmpty();
        }
        assertThat(transactions.join(h2)).as("after close").isEmpty();
    }

    @Test
    void nestingAndUseAfterTheEndAreRefused() {
        try (HostTransaction tx = transactions.begin()) {
            refused(transactions::begin, ErrorCode.CONFIG_INVALID, "ThreadBoundTransactions.begin");
            tx.commit();
            assertThat(tx.isCommitted()).isTrue();
            refused(tx::commit, ErrorCode.CONFIG_INVALID, "HostTransaction.commit");
            refused(tx::rollback, ErrorCode.CONFIG_INVALID, "HostTransaction.rollback");
            refused(tx::connection, ErrorCode.CONFIG_INVALID, "HostTransaction.connection");
            refused(() -> transactions.join(h2), ErrorCode.CONFIG_INVALID, "HostTransaction");
            refused(() -> Databases.h2().joiningHostTransactions(transactions).inTransaction(stores -> 1),
                    ErrorCode.CONFIG_INVALID, "HostTransaction");
        }
        try (HostTransaction again = transactions.begin()) {
            assertThat(again.isCommitted()).isFalse();
        }
    }

    @Test
    void closingWithoutCommitRollsBackAndReturnsTheConnectionAsItWas() throws Exception {
        Connection connection;
        try (HostTransaction tx = transactions.begin()) {
            connection = tx.connection();
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO host_note (id) VALUES (1)");
            }
        }
        assertThat(notes()).isZero();
        try (HostTransaction tx = transactions.begin()) {
            try (Statement s = tx.connection().createStatement()) {
                s.execute("INSERT INTO host_note (id) VALUES (2)");
            }
            tx.commit();
            tx.close();
            tx.close();
        }
        assertThat(notes()).isEqualTo(1);
        try (Connection c = h2.getConnection()) {
            assertThat(c.getAutoCommit()).as("the pool's connections keep auto-commit").isTrue();
        }
    }

    @Test
    void aClosedTransactionNoLongerCountsOnItsThread() throws Exception {
        HostTransaction tx = transactions.begin();
        CompletableFuture.runAsync(tx::close).get(10, TimeUnit.SECONDS);
        assertThat(transactions.join(h2)).isEmpty();
        transactions.begin().close();
    }

    @Test
    void aStorageRefusesAJoinedConnectionThatIsNotInATransactionOrBrokenJoins() throws Exception {
        try (Connection autoCommit = h2.getConnection()) {
            HostTransactions inAutoCommit = ds -> Optional.of(joined(autoCommit));
            refused(() -> Databases.h2().joiningHostTransactions(inAutoCommit).inTransaction(stores -> 1),
                    ErrorCode.CONFIG_INVALID, "HostTransactions.Joined.connection");
        }
        HostTransactions broken = ds -> null;
        assertThatThrownBy(() -> Databases.h2().joiningHostTransactions(broken).inTransaction(stores -> 1))
                .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_DATA_INVALID));
        HostTransactions none = ds -> Optional.of(joined(null));
        assertThatThrownBy(() -> Databases.h2().joiningHostTransactions(none).inTransaction(stores -> 1))
                .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_DATA_INVALID));
    }

    @Test
    void theJoinedHandleIsClosedAfterEveryUnitOfWork() throws Exception {
        int[] closed = new int[1];
        try (HostTransaction tx = transactions.begin()) {
            HostTransactions counting = ds -> Optional.of(new HostTransactions.Joined() {
                @Override
                public Connection connection() {
                    return tx.connection();
                }

                @Override
                public void close() {
                    closed[0]++;
                }
            });
            JdbcStorage storage = Databases.h2().joiningHostTransactions(counting);
            assertThat(storage.<Integer>inTransaction(stores -> 7)).isEqualTo(7);
            assertThatThrownBy(() -> storage.inTransaction(stores -> {
                throw new IllegalStateException("the work failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed");
            assertThat(tx.connection().getAutoCommit()).isFalse();
        }
        assertThat(closed[0]).isEqualTo(2);
    }

    private static HostTransactions.Joined joined(Connection connection) {
        return new HostTransactions.Joined() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() {
            }
        };
    }

    private int notes() throws SQLException {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM host_note")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
