package dev.sportello.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.adapters.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedded PostgreSQL for benchmarks. The zonky builder turns {@code synchronous_commit} off by
 * default; benchmarks turn it on, so that every commit waits for its WAL flush as in production.
 */
final class Postgres implements AutoCloseable {
    final EmbeddedPostgres server;
    final HikariDataSource pool;
    /** The pool, counting round trips ({@link #trips}); what the storage and the raw baselines use. */
    final javax.sql.DataSource dataSource;
    final RoundTrips trips = new RoundTrips();
    final JdbcStorage storage;

    Postgres(int poolSize) {
        this(poolSize, false);
    }

    /**
     * Starts the server and a pool.
     *
     * @param poolSize        connections in the pool
     * @param countRoundTrips whether the storage (and the raw baselines that use {@link #dataSource}) count
     *                        their round trips, through a proxy that costs every side the same
     */
    Postgres(int poolSize, boolean countRoundTrips) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("pgStats")) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                builder.setServerConfig("pg_stat_statements.track_planning", "on");   // planning is not in exec time
            }
            if (System.getProperty("explainSlowerThanMs") != null) {   // plans of slow statements in the server log
                builder.setServerConfig("shared_preload_libraries", Boolean.getBoolean("pgStats")
                        ? "pg_stat_statements,auto_explain" : "auto_explain");
                builder.setServerConfig("auto_explain.log_min_duration", System.getProperty("explainSlowerThanMs"));
                builder.setServerConfig("auto_explain.log_analyze", "on");
                builder.setServerConfig("auto_explain.log_buffers", "on");   // shared hits and reads per node
                builder.setServerConfig("auto_explain.log_wal", "on");       // WAL records and bytes per node
                // the server's output after start reaches no one: the plans go to files of their own
                String logs = java.nio.file.Path.of(System.getProperty("pgLogDir", "target/pg-log")).toAbsolutePath().toString();
                builder.setServerConfig("logging_collector", "on");
                builder.setServerConfig("log_directory", logs);
                System.out.println("plans of statements slower than " + System.getProperty("explainSlowerThanMs")
                        + " ms: " + logs);
            }
            server = builder
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = pool("postgres", poolSize);
        dataSource = countRoundTrips ? trips.counting(pool) : pool;
        storage = JdbcStorage.of(dataSource).migrate();
        if (!"on".equals(setting("synchronous_commit"))) {
            throw new IllegalStateException("synchronous_commit must be on for benchmarks");
        }
    }

    /** With {@code -DpgStats=true}: the statements that took the most database time since the last reset. */
    void printTopStatements(String title) {
        if (!Boolean.getBoolean("pgStats")) {
            return;
        }
        exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT calls, round(total_exec_time::numeric, 1), round(total_plan_time::numeric, 1), rows, "
                     + "left(regexp_replace(query, '\\s+', ' ', 'g'), 100), sum(total_exec_time) OVER (), sum(total_plan_time) OVER () "
                     + "FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 20")) {
            System.out.println("  top statements (" + title + "): calls, exec ms, plan ms, rows, query");
            String totals = "";
            while (rs.next()) {
                System.out.printf("  %8d %10s %8s %8d  %s%n", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5));
                totals = String.format("  all statements: exec %,.0f ms, planning %,.0f ms", rs.getDouble(6), rs.getDouble(7));
            }
            System.out.println(totals);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * With {@code -DpgStats=true}: statements, transactions and round trips per operation since the last
     * reset, from every client of the database (other processes too), and the statements most called.
     * Statements leave out transaction control. Transactions are counted by their {@code BEGIN}: the driver
     * sends it in the same trip as the statement after it, and ends the transaction with a {@code COMMIT} (or
     * {@code ROLLBACK}) of its own, which {@code pg_stat_statements} does not count reliably (the driver's
     * repeated {@code COMMIT}s go uncounted). So round trips = statements + transactions; a JDBC batch counts
     * once per row, so the figure is an upper bound.
     */
    void printPerOperation(String title, long operations, String operation) {
        if (!Boolean.getBoolean("pgStats") || operations <= 0) {
            return;
        }
        exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        long statements = 0;
        long begins = 0;
        double millis = 0;
        List<String> top = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements "
                     + "WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, total_exec_time DESC")) {
            while (rs.next()) {
                long n = rs.getLong(1);
                String query = rs.getString(3).trim();
                millis += rs.getDouble(2);
                if (query.equalsIgnoreCase("BEGIN")) {
                    begins += n;
                    continue;
                }
                if (query.equalsIgnoreCase("COMMIT") || query.equalsIgnoreCase("ROLLBACK")) {
                    continue;
                }
                statements += n;
                if (top.size() < 12) {
                    top.add(String.format("  %8.2f %8.3f  %s", (double) n / operations, rs.getDouble(2) / operations,
                            query.substring(0, Math.min(query.length(), 110))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("  per %s (%s): %.2f statements in %.2f transactions = %.2f round trips, %.3f ms of statement "
                        + "time in the database%n", operation, title, (double) statements / operations,
                (double) begins / operations, (double) (statements + begins) / operations, millis / operations);
        System.out.println("  most called: calls and ms per " + operation + ", query");
        top.forEach(System.out::println);
    }

    /** Starts counting an operation's statements ({@code -DpgStats=true}) and round trips from zero. */
    void startCounting() {
        resetStatements();
        trips.reset();
    }

    /**
     * Prints the round trips and, with {@code -DpgStats=true}, the statements per operation since
     * {@link #startCounting} (transaction control apart: {@code BEGIN} travels with the first statement).
     *
     * @param label      what was measured
     * @param operations how many operations ran
     */
    void printPerOperation(String label, long operations) {
        double perTrip = (double) trips.count() / operations;
        if (!Boolean.getBoolean("pgStats")) {
            System.out.printf("  %s: %.2f round trips per operation%n", label, perTrip);
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT coalesce(sum(calls) FILTER (WHERE query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK') "
                     + "AND query NOT LIKE '%pg_stat_statements%'), 0) FROM pg_stat_statements")) {
            rs.next();
            System.out.printf("  %s: %.2f round trips and %.2f statements per operation (pg_stat_statements)%n", label,
                    perTrip, rs.getLong(1) / (double) operations);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * With {@code -DpgStats=true}: the statements executed since the last reset, transaction control and
     * these statistics' own queries apart (a JDBC batch counts once per row); 0 without.
     */
    long statements() {
        if (!Boolean.getBoolean("pgStats")) {
            return 0;
        }
        return count("SELECT coalesce(sum(calls) FILTER (WHERE query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK') "
                + "AND query NOT ILIKE '%pg_stat_statements%'), 0) FROM pg_stat_statements");
    }

    /** With {@code -DpgStats=true}: forgets the statement statistics. */
    void resetStatements() {
        if (Boolean.getBoolean("pgStats")) {
            exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            exec("SELECT pg_stat_statements_reset()");
        }
    }

    /** Switches synchronous commit for new transactions (off only to fill tables faster). */
    void synchronousCommit(boolean on) {
        exec("ALTER SYSTEM SET synchronous_commit = " + (on ? "on" : "off"));
        exec("SELECT pg_reload_conf()");
    }

    String setting(String name) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void exec(String sql) {
        exec(pool, sql);
    }

    /**
     * Runs one statement on a database of this server.
     *
     * @param dataSource the database's pool
     * @param sql        the statement
     */
    static void exec(javax.sql.DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A pool on one of this server's databases, batched inserts rewritten as the SDK's benchmarks expect.
     *
     * @param database the database, which must exist
     * @param size     connections in the pool
     * @return the pool; the caller closes it
     */
    HikariDataSource pool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    @Override
    public void close() throws IOException {
        pool.close();
        server.close();
    }
}
