package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.core.SportelloSdk;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestStatus;
import dev.sportello.users.CompanyRegistrationNumber;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Latency of a user's request search over 10,000,000 requests ({@code -Drows=N}) on PostgreSQL: a page of 20 with filters
 * (states; subject text; opening period and state; company), through the SDK and with the same query in
 * plain JDBC, in the same run; then the round trips (and, with {@code -DpgStats=true}, the statements) per
 * search on each side. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.RequestSearchLatency}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class RequestSearchLatency {
    private static final int ROWS = Integer.getInteger("rows", 10_000_000);
    private static final int OWNERS = 10_000;
    private static final int QUERIES = Integer.getInteger("queries", 4_000);

    private RequestSearchLatency() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (Postgres postgres = new Postgres(8, true);
             SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(postgres.storage).officeDirectory(Offices.directory()).build()) {
            load(postgres);
            Instant now = Instant.now();
            for (int warm = 0; warm < 2; warm++) {
                run(postgres, sdk, now, QUERIES / 4, new Random(warm), false);
            }
            run(postgres, sdk, now, QUERIES, new Random(42), true);
            perOperation(postgres, sdk, now);
        }
    }

    private static void load(Postgres postgres) {
        postgres.synchronousCommit(false);
        long start = System.nanoTime();
        postgres.exec("INSERT INTO sportello_requests (id, protocol, owner_id, submitted_by, company, dossier, topic, subject, "
                + "fields, body, office, status, assignee, awaiting_user, outcome, outcome_text, idempotency_key, fingerprint, "
                + "created_at, updated_at, version) "
                + "SELECT gen_random_uuid(), 'B-' || g, md5('owner' || (g % " + OWNERS + "))::uuid, 'user:bench', "
                + "CASE WHEN g % 10 < 3 THEN lpad((g % " + OWNERS + ")::text, 10, '0') END, NULL, "
                + "(ARRAY['CONTRIBUTORY_REGULARITY','GENERIC','MONTHLY_DECLARATIONS','F24_PAYMENTS','DOSSIER_STATUS',"
                + "'PERSONAL_DATA_CHANGE','DOCUMENT_DELIVERY','GENERIC'])[1 + (g / " + OWNERS + ") % 8], "
                + "(ARRAY['Regolarità contributiva – periodo 2025-01/2025-03','Variazione IBAN aziendale','DM trasmessi – 2025-10',"
                + "'Versamenti F24 – periodo 2025-06','Stato della pratica INV-2025','Richiesta generica',"
                + "'Invio documento PENSION_SLIP 2025','Variazione dei dati anagrafici'])[1 + (g / " + OWNERS + ") % 8], "
                + "'', 'testo', (ARRAY['ROMA-TIBURTINO','MILANO','NAPOLI','TORINO','PALERMO','GENOVA','BOLOGNA','FIRENZE'])[1 + g % 8], "
                + "CASE WHEN (g / " + OWNERS + ") % 10 < 6 THEN 'CLOSED' WHEN (g / " + OWNERS + ") % 10 < 8 THEN 'IN_CHARGE' ELSE 'OPEN' END, "
                + "NULL, false, NULL, NULL, 'k' || g, 'f', c, LEAST(now(), c + random() * interval '30 days'), 0 "
                + "FROM (SELECT g, now() - random() * interval '730 days' AS c FROM generate_series(1, " + ROWS + ") g) s");
        long loaded = System.nanoTime();
        System.out.printf("loaded %,d requests for %,d owners with one INSERT … SELECT in %.1f s%n", ROWS, OWNERS,
                (loaded - start) / 1e9);
        postgres.synchronousCommit(true);
        postgres.exec("VACUUM ANALYZE sportello_requests");
        System.out.printf("VACUUM ANALYZE took %.1f s%n", (System.nanoTime() - loaded) / 1e9);
    }

    /** Round trips (and statements, with {@code -DpgStats=true}) per search: the SDK, then the raw query. */
    private static void perOperation(Postgres postgres, SportelloSdk sdk, Instant now) throws SQLException {
        int n = 1_000;
        Random random = new Random(7);
        postgres.startCounting();
        for (int i = 0; i < n; i++) {
            Query q = query(random, now);
            sdk.requests().search(Principal.user(q.owner(), Credential.SPID_L2), q.search());
        }
        postgres.printPerOperation("SDK search", n);
        random = new Random(7);
        postgres.startCounting();
        try (Connection c = postgres.dataSource.getConnection()) {
            for (int i = 0; i < n; i++) {
                Query q = query(random, now);
                try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                    for (int p = 0; p < q.params().length; p++) {
                        ps.setObject(p + 1, q.params()[p]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
        }
        postgres.printPerOperation("raw query", n);
    }

    private static UserId owner(int n) {
        byte[] md5;
        try {
            md5 = java.security.MessageDigest.getInstance("MD5").digest(("owner" + n).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : md5) {
            hex.append(String.format("%02x", b));
        }
        String h = hex.toString();
        return new UserId(UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20)));
    }

    private record Query(UserId owner, RequestSearch search, String sql, Object[] params) {
    }

    private static Query query(Random random, Instant now) {
        int n = random.nextInt(OWNERS);
        UserId owner = owner(n);
        PageRequest page = PageRequest.first(20);
        String base = "SELECT id, protocol, owner_id, company, topic, subject, office, status, assignee, awaiting_user, outcome, "
                + "created_at, updated_at FROM sportello_requests WHERE owner_id = ?";
        String tail = " ORDER BY updated_at DESC, id DESC LIMIT 21";
        return switch (random.nextInt(4)) {
            case 0 -> new Query(owner, new RequestSearch(null, null, Set.of(RequestStatus.OPEN, RequestStatus.IN_CHARGE), null,
                    null, null, null, page), base + " AND status IN (?, ?)" + tail, new Object[]{owner.value(), "OPEN", "IN_CHARGE"});
            case 1 -> new Query(owner, new RequestSearch(null, "iban", Set.of(), null, null, null, null, page),
                    base + " AND LOWER(subject) LIKE ? ESCAPE '!'" + tail, new Object[]{owner.value(), "%iban%"});
            case 2 -> {
                Instant from = now.minus(Duration.ofDays(180));
                yield new Query(owner, new RequestSearch(null, null, Set.of(RequestStatus.CLOSED), from, null, null, null, page),
                        base + " AND status IN (?) AND created_at >= ?" + tail,
                        new Object[]{owner.value(), "CLOSED", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)});
            }
            default -> {
                String company = String.format("%010d", n);
                yield new Query(owner, new RequestSearch(new CompanyRegistrationNumber(company), null, Set.of(), null, null, null,
                        null, page), base + " AND company = ?" + tail, new Object[]{owner.value(), company});
            }
        };
    }

    private static void run(Postgres postgres, SportelloSdk sdk, Instant now, int queries, Random random, boolean print)
            throws SQLException {
        long[] sdkNanos = new long[queries];
        long[] rawNanos = new long[queries];
        long rows = 0;
        try (Connection c = postgres.dataSource.getConnection()) {
            for (int i = 0; i < queries; i++) {
                Query q = query(random, now);
                long t0 = System.nanoTime();
                int found = sdk.requests().search(Principal.user(q.owner(), Credential.SPID_L2), q.search()).items().size();
                long t1 = System.nanoTime();
                int raw = 0;
                try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                    for (int p = 0; p < q.params().length; p++) {
                        ps.setObject(p + 1, q.params()[p]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            raw++;
                        }
                    }
                }
                long t2 = System.nanoTime();
                sdkNanos[i] = t1 - t0;
                rawNanos[i] = t2 - t1;
                rows += found;
                if (raw != Math.min(found + 1, 21) && raw != found) {
                    throw new IllegalStateException("the SDK and the raw query disagree: " + found + " vs " + raw);
                }
            }
        }
        if (print) {
            Arrays.sort(sdkNanos);
            Arrays.sort(rawNanos);
            System.out.printf("%,d searches, page of 20, %.1f rows per page on average%n", queries, rows / (double) queries);
            System.out.printf("SDK search      p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", ms(sdkNanos, 0.5), ms(sdkNanos, 0.99),
                    sdkNanos[queries - 1] / 1e6);
            System.out.printf("raw JDBC query  p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", ms(rawNanos, 0.5), ms(rawNanos, 0.99),
                    rawNanos[queries - 1] / 1e6);
            System.out.printf("SDK p99 / raw p99: %.2f (goal: <= 1.5 over 10M rows)%n", ms(sdkNanos, 0.99) / ms(rawNanos, 0.99));
        }
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}
