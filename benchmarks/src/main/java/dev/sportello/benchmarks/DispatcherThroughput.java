package dev.sportello.benchmarks;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UserProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Dispatcher throughput (messages per second) with a no-op channel, on memory and on PostgreSQL with
 * synchronous_commit on, beside a raw-JDBC claim-and-mark loop over the same table shape in the same
 * run. Run: {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.DispatcherThroughput}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class DispatcherThroughput {
    private static final int MESSAGES = Integer.getInteger("messages", 20_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final int BATCH = Integer.getInteger("batch", 500);
    private static final int THREADS = Integer.getInteger("workers", 2);
    private static final Map<String, String> VALUES = Map.of("protocol", "ROMA-TIBURTINO-2026-000001", "subject",
            "Regolarità contributiva", "office", "Roma Tiburtino");

    private DispatcherThroughput() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.out.printf("Dispatcher throughput: %d messages per round, %d rounds, batch %d, %d worker(s), "
                + "no-op push channel%n", MESSAGES, ROUNDS, BATCH, THREADS);
        double memory = median(rounds(new MemoryStorage(), null));
        System.out.printf("memory      SDK dispatcher : %,10.0f messages/s%n", memory);
        if (!Boolean.parseBoolean(System.getProperty("postgres", "true"))) {
            return;
        }
        try (Postgres postgres = new Postgres(24)) {
            double sdk = median(rounds(postgres.storage, postgres));
            double same = median(rawRounds(postgres, THREADS, true));
            double outboxOnly = median(rawRounds(postgres, THREADS, false));
            System.out.printf("postgresql  SDK dispatcher                 : %,8.0f messages/s (synchronous_commit=%s)%n", sdk,
                    postgres.setting("synchronous_commit"));
            System.out.printf("postgresql  raw claim+mark, same writes    : %,8.0f messages/s   SDK/raw = %.2f%n", same, sdk / same);
            System.out.printf("postgresql  raw claim+mark, outbox only    : %,8.0f messages/s   SDK/raw = %.2f%n", outboxOnly,
                    sdk / outboxOnly);
            System.out.println("goal: SDK >= 5,000 messages/s on PostgreSQL, within 2x of the raw loop (ratio >= 0.50)");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] rounds(UnitOfWork storage, Postgres postgres) throws Exception {
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(Offices.directory())
                .pushChannel(message -> DeliveryResult.accepted(message.idempotencyKey()))
                .dispatcher(d -> d.batchSize(BATCH).workers(THREADS))
                .build()) {
            UserProfile user = sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                    "Maria Rossi", new MunicipalityCode("H501"), Language.IT));
            sdk.dispatcher().drain(10); // the registration event, before the measured messages
            double[] results = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                fill(sdk, user, postgres);
                if (postgres != null) {
                    postgres.resetStatements();
                }
                long start = System.nanoTime();
                int delivered = drainWith(sdk, THREADS);

                double seconds = (System.nanoTime() - start) / 1e9;
                if (delivered < MESSAGES) {
                    throw new IllegalStateException("delivered " + delivered + " of " + MESSAGES);
                }
                results[round] = delivered / seconds;
                System.out.printf("  round %d: %,.0f messages/s%n", round + 1, results[round]);
            }
            if (postgres != null) {
                postgres.printTopStatements("SDK dispatcher, last round");
            }
            return results;
        }
    }

    /** Runs batch loops until nothing is due, as {@code Dispatcher.start} does with that many workers. */
    private static int drainWith(SportelloSdk sdk, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int delivered = 0;
                    DispatchReport report;
                    while ((report = sdk.dispatcher().runOnce()).claimed() > 0) {
                        delivered += report.delivered();
                    }
                    return delivered;
                }));
            }
            int delivered = 0;
            for (Future<Integer> w : workers) {
                delivered += w.get();
            }
            return delivered;
        } finally {
            pool.shutdown();
        }
    }

    /** Queues the messages through the SDK; on PostgreSQL with synchronous commit off to save time. */
    private static void fill(SportelloSdk sdk, UserProfile user, Postgres postgres) throws Exception {
        if (postgres != null) {
            postgres.synchronousCommit(false);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < MESSAGES / 8; i++) {
                        sdk.notifications().schedule(Principal.service("bench"), new ScheduleMessage(user.id(),
                                RequestMessageKinds.REGISTERED, Set.of(Channel.PUSH), VALUES, Purpose.TRANSACTIONAL, null, Urgency.NORMAL));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (postgres != null) {
            postgres.synchronousCommit(true);
            postgres.exec("VACUUM ANALYZE sportello_outbox");
            postgres.exec("VACUUM ANALYZE sportello_messages");
        }
    }

    /**
     * The baseline: the same outbox table, claimed with the same UPDATE … SKIP LOCKED … RETURNING in one
     * transaction, then marked DONE with one {@code = ANY(?)} UPDATE in another, by as many threads as
     * the SDK runs workers — no SDK, no messages table, no history.
     */
    private static double[] rawRounds(Postgres postgres, int threads, boolean sameWrites) throws Exception {
        double[] results = new double[ROUNDS];
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(postgres.storage).officeDirectory(Offices.directory()).build()) {
            UserProfile user = sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                    "Maria Rossi", new MunicipalityCode("H501"), Language.IT));
            sdk.dispatcher().drain(10);
            for (int round = 0; round < ROUNDS; round++) {
                if (sameWrites) {
                    fill(sdk, user, postgres);
                } else {
                    postgres.synchronousCommit(false);
                    rawFill(postgres);
                    postgres.synchronousCommit(true);
                    postgres.exec("VACUUM ANALYZE sportello_outbox");
                }
                results[round] = rawRound(postgres, threads, sameWrites);
            }
        }
        return results;
    }

    private static double rawRound(Postgres postgres, int threads, boolean sameWrites) throws Exception {
        {
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            int done = 0;
            try {
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> rawLoop(postgres, sameWrites)));
                }
                for (Future<Integer> w : workers) {
                    done += w.get();
                }
            } finally {
                pool.shutdown();
            }
            return done / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void rawFill(Postgres postgres) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (Connection c = postgres.pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sportello_outbox (id, kind, type, payload, "
                    + "due_at, cancel_key, status, attempts, last_error, lease_token, lease_until, created_at, updated_at) "
                    + "VALUES (?, 'MESSAGE', 'REQUEST_REGISTERED', ?, ?, NULL, 'PENDING', 0, NULL, NULL, NULL, ?, ?)")) {
                for (int i = 0; i < MESSAGES; i++) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, "channel=PUSH&language=IT&recipient=" + UUID.randomUUID()
                            + "&subject=Richiesta+registrata&text=Protocollo+ROMA-TIBURTINO-2026-000001");
                    ps.setObject(3, now);
                    ps.setObject(4, now);
                    ps.setObject(5, now);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static int rawLoop(Postgres postgres, boolean sameWrites) throws SQLException {
        int done = 0;
        try (Connection c = postgres.pool.getConnection()) {
            c.setAutoCommit(false);
            while (true) {
                OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
                String token = UUID.randomUUID().toString();
                List<UUID> ids = new ArrayList<>();
                try (PreparedStatement claim = c.prepareStatement("UPDATE sportello_outbox SET status = 'IN_FLIGHT', "
                        + "lease_token = ?, lease_until = ?, updated_at = ? WHERE id IN (SELECT id FROM sportello_outbox "
                        + "WHERE status = 'PENDING' AND due_at <= ? ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED) "
                        + "RETURNING id, payload")) {
                    claim.setString(1, token);
                    claim.setObject(2, at.plusMinutes(1));
                    claim.setObject(3, at);
                    claim.setObject(4, at);
                    claim.setInt(5, BATCH);
                    try (ResultSet rs = claim.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                            rs.getString(2);
                        }
                    }
                }
                c.commit();
                if (ids.isEmpty()) {
                    return done;
                }
                try (PreparedStatement mark = c.prepareStatement("UPDATE sportello_outbox SET status = 'DONE', "
                        + "attempts = attempts + 1, payload = '', lease_token = NULL, lease_until = NULL, updated_at = ? "
                        + "WHERE id = ANY(?) AND lease_token = ?")) {
                    mark.setObject(1, at);
                    mark.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                    mark.setString(3, token);
                    mark.executeUpdate();
                }
                if (sameWrites) {
                    try (PreparedStatement messages = c.prepareStatement("UPDATE sportello_messages SET status = 'SENT', "
                            + "provider_id = id::text, attempts = attempts + 1, updated_at = ?, history = history || ? "
                            + "WHERE id = ANY(?) AND status = 'QUEUED'");
                         PreparedStatement providers = c.prepareStatement("INSERT INTO sportello_message_providers "
                                 + "(channel, provider_id, message_id) SELECT 'PUSH', m::text, m FROM unnest(?::uuid[]) AS m "
                                 + "ON CONFLICT DO NOTHING")) {
                        java.sql.Array array = c.createArrayOf("uuid", ids.toArray());
                        messages.setObject(1, at);
                        messages.setString(2, "\nSENT;" + at.toInstant());
                        messages.setArray(3, array);
                        messages.executeUpdate();
                        providers.setArray(1, array);
                        providers.executeUpdate();
                    }
                }
                c.commit();
                done += ids.size();
            }
        }
    }
}
