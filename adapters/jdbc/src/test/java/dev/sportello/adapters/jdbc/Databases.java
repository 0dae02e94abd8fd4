package dev.sportello.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** One embedded PostgreSQL and one H2 database per test JVM, migrated once and emptied per test. */
final class Databases {
    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;
    private static JdbcStorage postgresStorage;
    private static HikariDataSource h2Pool;
    private static JdbcStorage h2Storage;

    private Databases() {
    }

    static synchronized JdbcStorage postgres() {
        if (postgresStorage == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgresPool = pool(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true", "postgres");
            postgresStorage = JdbcStorage.of(postgresPool).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopPostgres));
        }
        return postgresStorage;
    }

    /**
     * A new, empty database on the embedded PostgreSQL server (for migration tests), as a small pool.
     *
     * @param name the database's name, lower-case letters and underscores
     * @return the pool; the caller closes it
     */
    static synchronized HikariDataSource newPostgresDatabase(String name) {
        postgres();
        try (Connection c = postgresPool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pool(postgres.getJdbcUrl("postgres", name), "postgres", 4);
    }

    /**
     * A new, empty H2 database in PostgreSQL mode (for migration tests), as a small pool.
     *
     * @param name the database's name
     * @return the pool; the caller closes it
     */
    static HikariDataSource newH2Database(String name) {
        return pool("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", 4);
    }

    static synchronized JdbcStorage h2() {
        if (h2Storage == null) {
            h2Pool = pool("jdbc:h2:mem:sportello;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa");
            h2Storage = JdbcStorage.of(h2Pool).migrate();
        }
        return h2Storage;
    }

    private static HikariDataSource pool(String url, String user) {
        return pool(url, user, 48);
    }

    private static HikariDataSource pool(String url, String user, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(60_000);
        return new HikariDataSource(config);
    }

    static DataSource dataSource(boolean onPostgres) {
        return onPostgres ? postgresPool : h2Pool;
    }

    /** An office directory on the emptied database, filled with the TCK's offices, operators and calendars. */
    static OfficeDirectory directory(boolean onPostgres, List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                     List<Operator> operators, List<BookingCalendar> calendars) {
        truncate(onPostgres);
        JdbcOfficeDirectory directory = JdbcOfficeDirectory.of(dataSource(onPostgres), Duration.ZERO);
        for (Office office : offices) {
            directory.put(office, municipalities.entrySet().stream().filter(e -> e.getValue().equals(office.code()))
                    .map(Map.Entry::getKey).toList());
        }
        operators.forEach(directory::put);
        calendars.forEach(directory::put);
        return directory;
    }

    static void truncate(boolean onPostgres) {
        DataSource pool = onPostgres ? postgresPool : h2Pool;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "sportello_%", new String[]{"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equals("sportello_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            if (onPostgres) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    s.execute("TRUNCATE TABLE " + table);
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Terminates, from another connection, the PostgreSQL backend of the one transaction in progress, and
     * waits until it is gone: what a database failover or an administrator's {@code pg_terminate_backend}
     * does to a connection under a command.
     *
     * @throws IllegalStateException if not exactly one transaction was open
     */
    static void terminateTheTransactionInProgress() {
        try (Connection c = postgresPool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) "
                     + "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                     + "AND state = 'idle in transaction'")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new IllegalStateException(rs.getInt(1) + " transactions were terminated, not 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopPostgres() {
        try {
            postgresPool.close();
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
