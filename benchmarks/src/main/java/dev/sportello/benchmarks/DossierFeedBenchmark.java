package dev.sportello.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.Principal;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * Feed ingestion on PostgreSQL (synchronous_commit on): {@code -Dreports=} reports (default 1,000,000) of
 * new dossiers, status changes and payments, 10% repeated and 5% out of order (seed 42), through the SDK's
 * bulk call ({@code reportAll}, 5,000 reports a call, transactions of the default 500), and the same
 * reports as a raw-JDBC upsert of the same rows ({@link DossierRawFeed}), in the same run on the same
 * database. {@code -Dthreads=} callers (default 2) each take the dossiers of one hash partition, in
 * arrival order. Run:
 * {@code java -Dreports=1000000 -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.DossierFeedBenchmark}
 * (add {@code -DpgStats=true} for the statements that took the database's time). Both sides first run
 * {@code -Dwarmup=} reports (default 100,000: with 30,000 the JIT still compiled for the first 25 s of the measured
 * run, a third of a core) on a database of their own, so that neither pays the JIT's
 * warm-up in the measured run (the side measured first would). {@code -Drounds=N} runs N rounds, each on a fresh
 * database with the raw side first in even rounds, and prints the median ratio; {@code -Ddrain=true} then runs the
 * dispatcher over what the SDK's feed queued after commit and prints how long that took.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class DossierFeedBenchmark {
    static final int REPORTS = Integer.getInteger("reports", 1_000_000);
    static final int THREADS = Integer.getInteger("threads", 2);
    static final int CALL = 5_000;
    static final int WARMUP = Integer.getInteger("warmup", 100_000);
    /** Rounds, each on a fresh database, the order of the sides alternating; the median ratio printed for more than one. */
    static final int ROUNDS = Math.max(1, Integer.getInteger("rounds", 1));
    /** Whether each round ends by running the dispatcher over what the feed queued (notices, messages, events). */
    static final boolean DRAIN = Boolean.getBoolean("drain");
    private static final Principal INSTITUTION = Principal.service("inail-records");

    private DossierFeedBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        List<DossierReport> reports = DossierReports.generate(REPORTS, owners(REPORTS), 42);
        try (Postgres postgres = new Postgres(THREADS + 2)) {
            warmUp(postgres);
            System.out.printf("%,d reports for %,d dossiers of %,d owners; %d callers%n", reports.size(),
                    DossierReports.dossiersFor(REPORTS), owners(REPORTS), THREADS);
            double[] ratios = new double[ROUNDS];
            double[] sdkRates = new double[ROUNDS];
            for (int round = 1; round <= ROUNDS; round++) {
                double[] figures = round(postgres, reports, round);
                ratios[round - 1] = figures[0];
                sdkRates[round - 1] = figures[1];
            }
            if (ROUNDS > 1) {
                String each = Arrays.stream(ratios).mapToObj(r -> String.format("%.2f", r)).collect(Collectors.joining(", "));
                System.out.printf("medians of %d rounds: SDK / raw JDBC %.2f (rounds in order: %s), SDK %,.0f reports/s%n",
                        ROUNDS, Medians.of(ratios), each, Medians.of(sdkRates));
            }
        }
    }

    /**
     * One round on a fresh database: both sides, the raw one first in even rounds (the side that runs second finds the
     * first one's dead rows and WAL), each after a {@code CHECKPOINT}.
     *
     * @param postgres the server
     * @param reports  the reports, in arrival order
     * @param round    the round's number, from 1
     * @return the ratio SDK / raw and the SDK's reports per second
     */
    private static double[] round(Postgres postgres, List<DossierReport> reports, int round) throws Exception {
        String database = "feed" + round;
        postgres.exec("CREATE DATABASE " + database);
        try (HikariDataSource pool = postgres.pool(database, THREADS + 2); SportelloSdk sdk = sdk(pool)) {
            DossierOwners.register(pool, owners(REPORTS));
            Postgres.exec(pool, "VACUUM ANALYZE sportello_users");
            Drains.run(sdk, THREADS);   // the owners' registration events, before anything is measured
            DossierRawFeed raw = new DossierRawFeed(pool);
            boolean rawFirst = round % 2 == 0;
            double rawRate = rawFirst ? side(postgres, pool, "raw JDBC upsert", "bench_", reports, raw::feed) : 0;
            double sdkRate = side(postgres, pool, "SDK reportAll", "sportello_", reports, part -> sdkFeed(sdk, part));
            if (!rawFirst) {
                rawRate = side(postgres, pool, "raw JDBC upsert", "bench_", reports, raw::feed);
            }
            if (DRAIN) {
                drain(sdk, pool);
            }
            System.out.printf("round %d%s, ratio SDK / raw JDBC: %.2f   (goal >= 0.80, and >= 20,000 reports/s)%n", round,
                    rawFirst ? " (raw first)" : "", sdkRate / rawRate);
            return new double[]{sdkRate / rawRate, sdkRate};
        } finally {
            postgres.exec("DROP DATABASE IF EXISTS " + database);   // a round's millions of rows, not kept
        }
    }

    private static double side(Postgres postgres, HikariDataSource pool, String label, String tables,
                               List<DossierReport> reports, Feeder feeder) throws Exception {
        Postgres.exec(pool, "CHECKPOINT");
        postgres.resetStatements();
        double rate = run(label, reports, feeder);
        postgres.printTopStatements(label);
        printRows(pool, tables);
        return rate;
    }

    /**
     * Runs the dispatcher ({@code -Dthreads=} workers, batches of 500, channels that accept at once) until nothing is
     * due — the feed's fan-out tasks, then the inbox notices' messages and the events they queue — and prints what was
     * claimed and how long it took.
     */
    private static void drain(SportelloSdk sdk, DataSource pool) throws Exception {
        long start = System.nanoTime();
        Drains.Totals totals = Drains.run(sdk, THREADS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("after the feed: dispatcher drained %,d entries (%,d delivered) in %.1f s: %,.0f entries/s%n",
                totals.claimed(), totals.delivered(), seconds, totals.claimed() / seconds);
        printRows(pool, "sportello_");
    }

    /** An SDK on one of the benchmark's databases, with channels that accept every message at once. */
    private static SportelloSdk sdk(DataSource pool) {
        return SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(JdbcStorage.of(pool).migrate())
                .officeDirectory(Offices.directory())
                .smsChannel(message -> DeliveryResult.accepted(message.idempotencyKey()))
                .emailChannel(message -> DeliveryResult.accepted(message.idempotencyKey()))
                .pushChannel(message -> DeliveryResult.accepted(message.idempotencyKey()))
                .dispatcher(d -> d.batchSize(500)).build();
    }

    /** Runs both sides on a database of their own, with fewer reports, so that the JIT has compiled both. */
    private static void warmUp(Postgres postgres) throws Exception {
        if (WARMUP <= 0) {
            return;
        }
        postgres.exec("CREATE DATABASE warmup");
        List<DossierReport> reports = DossierReports.generate(WARMUP, owners(WARMUP), 7);
        try (HikariDataSource pool = postgres.pool("warmup", THREADS + 2); SportelloSdk sdk = sdk(pool)) {
            DossierOwners.register(pool, owners(WARMUP));
            DossierRawFeed raw = new DossierRawFeed(pool);
            run("warm-up SDK", reports, part -> sdkFeed(sdk, part));
            run("warm-up raw", reports, raw::feed);
        }
    }

    static int owners(int reports) {
        return Math.max(1, DossierReports.dossiersFor(reports) / 4);
    }

    /** One caller's share: how many reports were applied, stale, repeated. */
    interface Feeder {
        long[] feed(List<DossierReport> part) throws Exception;
    }

    /** The reports of one hash partition of the dossiers, in arrival order. */
    static List<List<DossierReport>> partitions(List<DossierReport> reports) {
        List<List<DossierReport>> parts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            parts.add(new ArrayList<>());
        }
        reports.forEach(r -> parts.get(Math.floorMod(r.dossier().hashCode(), THREADS)).add(r));
        return parts;
    }

    private static double run(String label, List<DossierReport> reports, Feeder feeder) throws Exception {
        List<List<DossierReport>> parts = partitions(reports);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLongArray counts = new AtomicLongArray(3);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (List<DossierReport> part : parts) {
                futures.add(pool.submit(() -> feeder.feed(part)));
            }
            for (Future<long[]> f : futures) {
                long[] c = f.get();
                for (int i = 0; i < 3; i++) {
                    counts.addAndGet(i, c[i]);
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = reports.size() / seconds;
        System.out.printf("%-16s %,10d reports in %6.1f s: %,9.0f reports/s (applied %,d, stale %,d, repeated %,d)%n", label,
                reports.size(), seconds, rate, counts.get(0), counts.get(1), counts.get(2));
        return rate;
    }

    /** Feeds through the SDK; fails on a rejected report (a benchmark must not measure an error path). */
    static long[] sdkFeed(SportelloSdk sdk, List<DossierReport> part) {
        long[] counts = new long[3];
        for (int from = 0; from < part.size(); from += CALL) {
            for (ReportResult result : sdk.dossiers().reportAll(INSTITUTION, part.subList(from, Math.min(part.size(), from + CALL)))) {
                if (result instanceof ReportResult.Applied) {
                    counts[0]++;
                } else if (result instanceof ReportResult.Unchanged u) {
                    counts[u.reason() == ReportResult.Reason.STALE ? 1 : 2]++;
                } else {
                    throw new IllegalStateException("report rejected: " + result);
                }
            }
        }
        return counts;
    }

    /** The rows of the tables whose names start with the prefix (those with any). */
    private static void printRows(DataSource pool, String prefix) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE tablename LIKE '" + prefix + "%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        rows.put(table, rs.getLong(1));
                    }
                }
            }
        }
        System.out.println("  rows: " + rows);
    }

    /** For {@code BenchmarkOperationsTest}: the SDK's feed of a few reports on another storage. */
    static long[] sdkFeedOn(UnitOfWork storage, List<DossierReport> reports) {
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(Offices.directory()).build()) {
            return sdkFeed(sdk, reports);
        }
    }
}
