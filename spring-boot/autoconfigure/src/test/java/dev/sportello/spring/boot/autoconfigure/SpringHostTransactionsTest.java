package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.adapters.jdbc.HostTransactions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpringHostTransactionsTest {
    private final JdbcDataSource dataSource = h2("hosttx");
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    private final SpringHostTransactions hosts = new SpringHostTransactions();

    @Test
    void insideASpringTransactionTheStorageGetsItsConnectionAndHandsItBackOpen() {
        transactions.executeWithoutResult(status -> {
            Connection host = DataSourceUtils.getConnection(dataSource);
            Optional<HostTransactions.Joined> joined = hosts.join(dataSource);
            assertThat(joined).isPresent();
            try (HostTransactions.Joined j = joined.get()) {
                assertThat(j.connection()).isSameAs(host);
                assertThat(j.connection().getAutoCommit()).isFalse();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThat(DataSourceUtils.isConnectionTransactional(host, dataSource)).isTrue();
        });
    }

    @Test
    void withoutATransactionOrInATransactionOfAnotherDataSourceThereIsNothingToJoin() {
        assertThat(hosts.join(dataSource)).isEmpty();
        JdbcDataSource other = h2("other");
        new TransactionTemplate(new DataSourceTransactionManager(other))
                .executeWithoutResult(status -> assertThat(hosts.join(dataSource)).isEmpty());
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }
}
