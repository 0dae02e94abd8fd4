package dev.sportello.benchmarks;

import dev.sportello.Channel;
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
        if (System.getProperty("pgStats") == null) {
            System.setProperty("pgStats", "true");   // statements per message from pg_stat_statements
        }
        System.out.printf("Dispatcher throughput: %d messages per round, %d rounds, batch %d, %d worker(s), "
                + "no-op push channel%n", MESSAGES, ROUNDS, BATCH, THREADS);
        double memory = Medians.of(memoryRounds());
        System.out.printf("memory      SDK dispatcher : %,10.0f messages/s%n", memory);
        if (!Boolean.parseBoolean(System.getProperty("postgres", "true"))) {
            return;
        }
        try (Postgres postgres = new Postgres(24, true);
             SportelloSdk sdk = sdk(postgres.storage)) {
            UserProfile user = register(sdk);
            Side sdkSide = new Side("SDK dispatcher");
            Side same = new Side("raw claim+mark, same writes");
            Side outboxOnly = new Side("raw claim+mark, outbox only");
            // one warm-up round each, then the rounds interleaved, so that the JIT and the table's state
            // favour neither side
            for (int round = 0; round <= ROUNDS; round++) {
                boolean measured = round > 0;
                fill(sdk, user, postgres);
                sdkSide.run(postgres, measured, () -> drainWith(sdk, THREADS));
                fill(sdk, user, postgres);
                same.run(postgres, measured, () -> rawRound(postgres, THREADS, true));
                postgres.synchronousCommit(false);
                rawFill(postgres);
                postgres.synchronousCommit(true);
                postgres.exec("VACUUM ANALYZE sportello_outbox");
                outboxOnly.run(postgres, measured, () -> rawRound(postgres, THREADS, false));
                if (measured) {
                    System.out.printf("  round %d: SDK %,.0f, raw same writes %,.0f, raw outbox only %,.0f messages/s%n", round,
                            sdkSide.last(), same.last(), outboxOnly.last());
                }
            }
            System.out.printf("postgresql (synchronous_commit=%s), medians of %d rounds:%n", postgres.setting("synchronous_commit"),
                    ROUNDS);
            sdkSide.print(sdkSide);
            same.print(sdkSide);
            outboxOnly.print(sdkSide);
            System.out.println("goal (issue 12): SDK >= 0.8x the raw loop with the same writes, >= 30,000 messages/s with 2 workers");
        }
    }

    private static SportelloSdk sdk(UnitOfWork storage) {
        return SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(Offices.directory())
                .pushChannel(message -> DeliveryResult.accepted(message.idempotencyKey()))
                .dispatcher(d -> d.batchSize(BATCH).workers(THREADS))
                .build();
    }

    private static UserProfile register(SportelloSdk sdk) {
        UserProfile user = sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                "Maria Rossi", new MunicipalityCode("H501"), Language.IT));
        sdk.dispatcher().drain(10); // the registration event, before the measured messages
        return user;
    }

    /** A drain of the queued messages; returns how many were delivered. */
    @FunctionalInterface
    private interface Drain {
        int run() throws Exception;
    }

    /** One side of the comparison: its rates, and its round trips and statements over the measured rounds. */
    private static final class Side {
        final String name;
        final List<Double> rates = new ArrayList<>();
        long messages;
        long trips;
        long statements;

        Side(String name) {
            this.name = name;
        }

        void run(Postgres postgres, boolean measured, Drain drain) throws Exception {
            postgres.startCounting();
            long start = System.nanoTime();
            int delivered = drain.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (delivered < MESSAGES) {
                throw new IllegalStateException(name + ": delivered " + delivered + " of " + MESSAGES);
            }
            if (measured) {
                rates.add(delivered / seconds);
                messages += delivered;
                trips += postgres.trips.count();
                statements += postgres.statements();
                if (Boolean.getBoolean("pgTop")) {
                    postgres.printPerOperation(name, delivered / BATCH, "batch of " + BATCH);
                }
            }
        }

        double last() {
            return rates.get(rates.size() - 1);
        }

        double median() {
            return Medians.of(rates.stream().mapToDouble(Double::doubleValue).toArray());
        }

        void print(Side sdk) {
            System.out.printf("  %-28s: %,8.0f messages/s   SDK/this = %.2f   per message %.4f round trips, %.4f statements "
                            + "(per batch of %d: %.2f, %.2f)%n", name, median(), sdk.median() / median(),
                    (double) trips / messages, (double) statements / messages, BATCH,
                    (double) trips / messages * BATCH, (double) statements / messages * BATCH);
        }
    }

    private static double[] memoryRounds() throws Exception {
        try (SportelloSdk sdk = sdk(new MemoryStorage())) {
            UserProfile user = register(sdk);
            double[] results = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                fill(sdk, user, null);
                long start = System.nanoTime();
                int delivered = drainWith(sdk, THREADS);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (delivered < MESSAGES) {
                    throw new IllegalStateException("delivered " + delivered + " of " + MESSAGES);
                }
                results[round] = delivered / seconds;
            }
            return results;
        }
    }

    /** Runs batch loops until nothing is due, as {@code Dispatcher.start} does with that many workers. */
    private static int drainWith(SportelloSdk sdk, int threads) throws Exception {
        return Math.toIntExact(Drains.run(sdk, threads).delivered());
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
     * transaction, then marked DONE with one {@code = ANY(?)} UPDATE in another (with the same writes: the
     * messages' status, attempts and history line, and their provider ids), by as many threads as the SDK
     * runs workers, through the same counting pool.
     */
    /** One raw round with as many threads as the SDK runs workers; returns how many entries were marked done. */
    private static int rawRound(Postgres postgres, int threads, boolean sameWrites) throws Exception {
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
        return done;
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
        try (Connection c = postgres.dataSource.getConnection()) {
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
