package dev.sportello.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox as an operator may lay it out on PostgreSQL for a large deployment, and what its upkeep costs:
 * {@link #partitionByDay} rebuilds {@code sportello_outbox} as a table partitioned by range of {@code due_at},
 * one partition per day plus a default one, with the schema's own indexes (the SDK's statements stay as they
 * are: the primary key becomes {@code (id, due_at)}); {@link #printRetention} removes the finished entries,
 * timed: by dropping a day's partition when it can, else by deleting them and vacuuming.
 *
 * <p>Stateless; its methods are safe to call from any thread, one at a time per database.
 */
final class OutboxPartitions {
    private OutboxPartitions() {
    }

    /**
     * Rebuilds the outbox, in one transaction, as partitions for yesterday, today and the next {@code days}
     * days (UTC) and a default partition, keeping its rows and recreating its indexes on the partitioned table.
     */
    static void partitionByDay(Postgres postgres, int days) {
        long start = System.nanoTime();
        try (Connection c = postgres.pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'sportello_outbox' "
                    + "AND indexname <> 'sportello_outbox_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            s.execute("CREATE TABLE sportello_outbox_by_day (LIKE sportello_outbox INCLUDING DEFAULTS INCLUDING CONSTRAINTS) "
                    + "PARTITION BY RANGE (due_at)");
            s.execute("ALTER TABLE sportello_outbox_by_day ADD PRIMARY KEY (id, due_at)");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(days)); day = day.plusDays(1)) {
                s.execute("CREATE TABLE sportello_outbox_" + day.toString().replace("-", "") + " PARTITION OF "
                        + "sportello_outbox_by_day FOR VALUES FROM ('" + day + " 00:00:00+00') TO ('" + day.plusDays(1)
                        + " 00:00:00+00')");
            }
            s.execute("CREATE TABLE sportello_outbox_default PARTITION OF sportello_outbox_by_day DEFAULT");
            s.execute("INSERT INTO sportello_outbox_by_day SELECT * FROM sportello_outbox");
            s.execute("DROP TABLE sportello_outbox");
            s.execute("ALTER TABLE sportello_outbox_by_day RENAME TO sportello_outbox");
            for (String index : indexes) {
                s.execute(index);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("outbox partitioned by day of due time (%d partitions and a default one, %d indexes besides the "
                + "primary key) in %.2f s%n", days + 2, postgresIndexes(postgres), (System.nanoTime() - start) / 1e9);
    }

    private static long postgresIndexes(Postgres postgres) {
        return postgres.count("SELECT count(*) FROM pg_indexes WHERE tablename = 'sportello_outbox' "
                + "AND indexname NOT LIKE '%pkey'");
    }

    /**
     * Removes the finished ({@code DONE}) entries and prints how long it took: on a partitioned outbox whose
     * partition of today holds finished entries only, by detaching and dropping that partition (and creating
     * it again, empty); otherwise with a {@code DELETE} and a {@code VACUUM}.
     */
    static void printRetention(Postgres postgres, boolean partitioned) {
        long rows = postgres.count("SELECT count(*) FROM sportello_outbox");
        String today = "sportello_outbox_" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
        if (partitioned && postgres.count("SELECT count(*) FROM " + today + " WHERE status <> 'DONE'") == 0) {
            long finished = postgres.count("SELECT count(*) FROM " + today);
            LocalDate day = LocalDate.now(ZoneOffset.UTC);
            long start = System.nanoTime();
            postgres.exec("ALTER TABLE sportello_outbox DETACH PARTITION " + today);
            postgres.exec("DROP TABLE " + today);
            double drop = (System.nanoTime() - start) / 1e9;
            postgres.exec("CREATE TABLE " + today + " PARTITION OF sportello_outbox FOR VALUES FROM ('" + day
                    + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')");
            System.out.printf("retention: of %,d outbox entries, dropping today's partition with its %,d finished ones "
                    + "took %.3f s (DETACH and DROP; no VACUUM needed)%n", rows, finished, drop);
            return;
        }
        long start = System.nanoTime();
        long deleted;
        try (Connection c = postgres.pool.getConnection(); Statement s = c.createStatement()) {
            deleted = s.executeUpdate("DELETE FROM sportello_outbox WHERE status = 'DONE'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        double delete = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        postgres.exec("VACUUM sportello_outbox");
        double vacuum = (System.nanoTime() - start) / 1e9;
        System.out.printf("retention: of %,d outbox entries, deleting the %,d finished ones took %.2f s (%.1f µs each), "
                + "VACUUM then %.2f s%n", rows, deleted, delete, delete * 1e6 / Math.max(1, deleted), vacuum);
    }
}
