package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latency of a dossier's detail (header, timeline, measures, linked requests) with {@code -Ddossiers=}
 * dossiers stored (default 1,000,000; three timeline entries and a measure each, a request link for one in
 * ten) on PostgreSQL, through the SDK ({@code dossiers().get} by the owner) and as the same four queries in
 * plain JDBC, in the same run. The tables are filled with {@code INSERT … SELECT}. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.DossierDetailLatency}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class DossierDetailLatency {
    private static final int DOSSIERS = Integer.getInteger("dossiers", 1_000_000);
    private static final int OWNERS = 20_000;
    private static final int QUERIES = Integer.getInteger("queries", 4_000);
    private static final List<String> RAW = List.of(
            "SELECT " + "id, kind, owner_id, office, status, status_note, last_change_at, outcome_code, outcome_text, "
                    + "outcome_decided_on, sequence_number, fingerprint, gaps, created_at, updated_at, version "
                    + "FROM sportello_dossiers WHERE id = ?",
            "SELECT status, note, at, sequence_number FROM sportello_dossier_timeline WHERE dossier_id = ? ORDER BY seq",
            "SELECT dossier_id, id, measured_on, kind, text, payment_id, document_id FROM sportello_dossier_measures "
                    + "WHERE dossier_id = ? ORDER BY measured_on, id",
            "SELECT request_id FROM sportello_dossier_requests WHERE dossier_id = ? ORDER BY seq");

    private DossierDetailLatency() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (Postgres postgres = new Postgres(4);
             SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(postgres.storage).officeDirectory(Offices.directory()).build()) {
            load(postgres);
            for (int warm = 0; warm < 2; warm++) {
                run(postgres, sdk, QUERIES / 4, new Random(warm), false);
            }
            postgres.resetStatements();
            run(postgres, sdk, QUERIES, new Random(42), true);
            postgres.printTopStatements("detail reads");
        }
    }

    private static void load(Postgres postgres) throws SQLException {
        long start = System.nanoTime();
        postgres.synchronousCommit(false);
        DossierOwners.register(postgres.pool, OWNERS);
        String id = "'INAIL/2026/' || lpad(g::text, 8, '0')";
        String offices = String.join(",", Offices.OFFICES.stream().map(o -> "'" + o[0] + "'").toList());
        postgres.exec("INSERT INTO sportello_dossiers (id, kind, owner_id, office, status, status_note, last_change_at, "
                + "outcome_code, outcome_text, outcome_decided_on, sequence_number, fingerprint, gaps, created_at, updated_at, "
                + "version) SELECT " + id + ", CASE WHEN g % 3 = 0 THEN 'OCCUPATIONAL_DISEASE' ELSE 'WORKPLACE_INJURY' END, "
                + "md5('owner' || (g % " + OWNERS + "))::uuid, (ARRAY[" + offices + "])[1 + g % 8], 'DECIDED', NULL, "
                + "now() - (g % 1000) * interval '1 hour', 'ACCEPTED', 'Indennità riconosciuta per 40 giorni', DATE '2026-02-01', "
                + "3, repeat('f', 64), '', now() - interval '30 days', now() - (g % 1000) * interval '1 minute', 2 "
                + "FROM generate_series(0, " + (DOSSIERS - 1) + ") g");
        postgres.exec("INSERT INTO sportello_dossier_timeline (dossier_id, status, note, at, sequence_number) "
                + "SELECT " + id + ", s.status, NULL, now() - (4 - s.n) * interval '7 days', s.n FROM generate_series(0, "
                + (DOSSIERS - 1) + ") g, (VALUES ('RECEIVED', 1), ('IN_PROGRESS', 2), ('DECIDED', 3)) s(status, n) ORDER BY g, s.n");
        postgres.exec("INSERT INTO sportello_dossier_measures (dossier_id, id, measured_on, kind, text, payment_id, document_id) "
                + "SELECT " + id + ", 'M-1', DATE '2026-02-01', 'Liquidazione indennità', "
                + "'Ti è stata liquidata l''indennità per inabilità temporanea.', NULL, NULL FROM generate_series(0, "
                + (DOSSIERS - 1) + ") g");
        postgres.exec("INSERT INTO sportello_dossier_requests (dossier_id, request_id) SELECT " + id + ", gen_random_uuid() "
                + "FROM generate_series(0, " + (DOSSIERS - 1) + ", 10) g");
        postgres.synchronousCommit(true);
        double loaded = (System.nanoTime() - start) / 1e9;
        long analyze = System.nanoTime();
        postgres.exec("VACUUM ANALYZE sportello_dossiers");
        postgres.exec("VACUUM ANALYZE sportello_dossier_timeline");
        postgres.exec("VACUUM ANALYZE sportello_dossier_measures");
        postgres.exec("VACUUM ANALYZE sportello_dossier_requests");
        postgres.exec("VACUUM ANALYZE sportello_users");
        System.out.printf("loaded %,d dossiers (%,d timeline entries, %,d measures, %,d request links) in %.1f s; "
                + "VACUUM ANALYZE in %.1f s%n", DOSSIERS, DOSSIERS * 3L, (long) DOSSIERS, (DOSSIERS + 9L) / 10, loaded,
                (System.nanoTime() - analyze) / 1e9);
    }

    private static void run(Postgres postgres, SportelloSdk sdk, int queries, Random random, boolean print) throws SQLException {
        long[] sdkNanos = new long[queries];
        long[] rawNanos = new long[queries];
        try (Connection c = postgres.pool.getConnection()) {
            for (int i = 0; i < queries; i++) {
                int n = random.nextInt(DOSSIERS);
                DossierId id = DossierReports.dossier(n);
                Principal owner = Principal.user(DossierReports.owner(n % OWNERS), Credential.SPID_L2);
                long t0 = System.nanoTime();
                Dossier dossier = sdk.dossiers().get(owner, id);
                long t1 = System.nanoTime();
                int rows = 0;
                for (String sql : RAW) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, id.value());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                    }
                }
                long t2 = System.nanoTime();
                sdkNanos[i] = t1 - t0;
                rawNanos[i] = t2 - t1;
                int expected = 1 + dossier.timeline().size() + dossier.measures().size() + dossier.requests().size();
                if (rows != expected || dossier.timeline().size() != 3) {
                    throw new IllegalStateException("the SDK and the raw queries disagree: " + expected + " vs " + rows);
                }
            }
        }
        if (print) {
            Arrays.sort(sdkNanos);
            Arrays.sort(rawNanos);
            System.out.printf("%,d detail reads of random dossiers by their owners%n", queries);
            System.out.printf("SDK get          p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", ms(sdkNanos, 0.5),
                    ms(sdkNanos, 0.99), sdkNanos[queries - 1] / 1e6);
            System.out.printf("raw JDBC (4 q.)  p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", ms(rawNanos, 0.5),
                    ms(rawNanos, 0.99), rawNanos[queries - 1] / 1e6);
            System.out.println("goal: SDK p99 <= 5 ms over 1M dossiers");
        }
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}
