package dev.sportello.benchmarks;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.core.SportelloSdk;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Scale-out on one PostgreSQL (synchronous_commit on): the SDK's only shared engine is the database, so
 * application nodes scale by sharing it. The benchmark loads push messages into the outbox through the SDK,
 * then lets 1, 2 and 4 dispatcher <em>processes</em> ({@link ScaleOutNode}, each its own JVM with its own
 * SDK and pool) drain it together, claiming with {@code SKIP LOCKED}; it prints the combined throughput and
 * checks that the ids the nodes' channels received have no duplicate and are exactly the loaded ones. Then
 * two booking processes (by default) race for the 10 hot slots of one morning, asking for more seats than there are,
 * and the benchmark checks that no slot holds more appointments than seats. With {@code pg_stat_statements}
 * (on unless {@code -DpgStats=false}) it prints statements and round trips per message and per booking.
 * Sizes: {@link ScaleOutSizes}. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.ScaleOutBenchmark}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class ScaleOutBenchmark {
    private static final Map<String, String> VALUES = Map.of("protocol", "ROMA-TIBURTINO-2026-000001", "subject",
            "Regolarità contributiva", "office", "Roma Tiburtino");
    private static final int LOADERS = 8;

    private ScaleOutBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args ignored
     * @throws Exception on failure, on a duplicate or lost delivery, or on any overbooking
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (System.getProperty("pgStats") == null) {
            System.setProperty("pgStats", "true");
        }
        ScaleOutSizes sizes = ScaleOutSizes.fromSystemProperties();
        System.out.printf("Scale-out on one PostgreSQL: %,d push messages per round (after %,d to warm up), %d rounds, "
                        + "batch %d, %d worker(s) per dispatcher process, nodes %s; %d cores on this machine%n",
                sizes.messages(), sizes.warmup(), sizes.rounds(), sizes.batch(), sizes.workers(), sizes.nodes(),
                Runtime.getRuntime().availableProcessors());
        try (Postgres postgres = new Postgres(LOADERS + 2)) {
            Result result = run(postgres, sizes);
            System.out.println("summary (median of the rounds, all nodes together):");
            result.dispatch().forEach((nodes, perSecond) -> System.out.printf("  %d dispatcher process(es): %,8.0f "
                    + "messages/s, 0 duplicates, 0 lost%n", nodes, perSecond));
            System.out.printf("  %d booking process(es): %,.0f bookings/s (%,.0f attempts/s), no slot over its %d seats%n",
                    sizes.bookingNodes(), result.bookingsPerSecond(), result.attemptsPerSecond(), sizes.seats());
        }
    }

    /**
     * What a run measured.
     *
     * @param dispatch           messages per second by number of dispatcher processes, median of the rounds
     * @param bookingsPerSecond  successful bookings per second of the booking processes together
     * @param attemptsPerSecond  booking attempts (booked or refused as full) per second
     * @param appointmentsPerSlot the booked appointments of each hot slot
     */
    record Result(Map<Integer, Double> dispatch, double bookingsPerSecond, double attemptsPerSecond,
                  long[] appointmentsPerSlot) {
    }

    /**
     * Runs both halves on a database the caller started; fails on any duplicate or lost delivery and on any
     * overbooking.
     */
    static Result run(Postgres postgres, ScaleOutSizes sizes) throws Exception {
        String url = postgres.server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
        Path dir = Files.createTempDirectory("sportello-scale-out");
        try {
            if (sizes.partitionOutbox()) {
                OutboxPartitions.partitionByDay(postgres, 2);
            }
            Map<Integer, Double> dispatch = new LinkedHashMap<>();
            try (SportelloSdk loader = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS)
                    .unitOfWork(postgres.storage).officeDirectory(Offices.directory()).build()) {
                UserId user = loader.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                        "Maria Rossi", new MunicipalityCode("H501"), Language.IT)).id();
                loader.dispatcher().drain(10); // the registration's event, before any measured message
                for (int nodes : sizes.nodes()) {
                    dispatch.put(nodes, dispatchRun(postgres, loader, user, nodes, url, dir, sizes));
                }
            }
            OutboxPartitions.printRetention(postgres, sizes.partitionOutbox());
            ScaleOutBooking.Outcome booking = ScaleOutBooking.run(postgres, url, dir, sizes);
            return new Result(dispatch, booking.bookingsPerSecond(), booking.attemptsPerSecond(),
                    booking.appointmentsPerSlot());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static double dispatchRun(Postgres postgres, SportelloSdk loader, UserId user, int nodes, String url,
                                      Path dir, ScaleOutSizes sizes) throws Exception {
        System.out.printf("%d dispatcher process(es), %d worker(s) each:%n", nodes, sizes.workers());
        double[] rounds = new double[sizes.rounds()];
        try (NodeProcesses processes = NodeProcesses.start("dispatch", nodes, url, dir, sizes)) {
            if (sizes.warmup() > 0) {
                phase(postgres, processes, loader, user, nodes, "warmup", sizes.warmup(), dir, null);
            }
            for (int round = 0; round < rounds.length; round++) {
                rounds[round] = phase(postgres, processes, loader, user, nodes, "round" + (round + 1), sizes.messages(), dir,
                        round == rounds.length - 1 ? sizes : null);
            }
        }
        return Medians.of(rounds);
    }

    /**
     * Loads {@code count} messages, lets the nodes drain them from the start barrier, and checks what their
     * channels received: every loaded id once, nothing else. With {@code statsOf}, prints the database's
     * statements per batch of the drain.
     *
     * @return messages per second, all nodes together, from the barrier to the last node's end
     */
    private static double phase(Postgres postgres, NodeProcesses processes, SportelloSdk loader, UserId user, int nodes,
                                String phase, int count, Path dir, ScaleOutSizes statsOf) throws Exception {
        Set<String> loaded = load(postgres, loader, user, count);
        CpuShares cpu = CpuShares.start(postgres);
        postgres.resetStatements();
        long start = System.nanoTime();
        processes.sendAll("go " + phase);
        List<String> drained = processes.awaitAll("drained " + phase + " ");
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpuPerThousand = cpu.end(drained.stream().mapToLong(l -> Long.parseLong(l.split(" ")[6])).sum())
                .per(count / 1000.0, "1,000 messages");
        processes.awaitAll("written " + phase);
        if (statsOf != null) {
            postgres.printPerOperation(nodes + " process(es), " + phase, Math.max(1, count / statsOf.batch()),
                    "batch of " + statsOf.batch() + " messages");
        }
        Set<String> received = new HashSet<>();
        long deliveries = 0;
        long notDelivered = 0;
        List<String> perNode = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            List<String> ids = Files.readAllLines(dir.resolve("dispatch-" + node + "-" + phase + ".txt"), StandardCharsets.UTF_8);
            deliveries += ids.size();
            received.addAll(ids);
            String[] f = drained.get(node).split(" ");
            notDelivered += Long.parseLong(f[4]);
            perNode.add(String.format("%,d", ids.size()));
        }
        long duplicates = deliveries - received.size();
        Set<String> lost = new HashSet<>(loaded);
        lost.removeAll(received);
        Set<String> unexpected = new HashSet<>(received);
        unexpected.removeAll(loaded);
        long left = postgres.count("SELECT count(*) FROM sportello_outbox WHERE status <> 'DONE'");
        double perSecond = count / seconds;
        System.out.printf("  %s: %,d messages in %.2f s = %,8.0f messages/s; %s; per process %s; duplicates %d, lost %d, "
                        + "unexpected %d, left in the outbox %d%n",
                phase.equals("warmup") ? "warm-up (not counted)" : phase, count, seconds, perSecond, cpuPerThousand,
                perNode, duplicates, lost.size(), unexpected.size(), left);
        if (duplicates != 0 || !lost.isEmpty() || !unexpected.isEmpty() || notDelivered != 0 || left != 0) {
            throw new IllegalStateException(phase + " with " + nodes + " node(s): " + duplicates + " duplicate deliveries, "
                    + lost.size() + " lost, " + unexpected.size() + " unexpected, " + notDelivered
                    + " claimed but not delivered, " + left + " left in the outbox");
        }
        return perSecond;
    }

    /** Queues {@code count} push messages through the SDK (synchronous commit off meanwhile, to save time). */
    private static Set<String> load(Postgres postgres, SportelloSdk sdk, UserId user, int count) throws Exception {
        postgres.synchronousCommit(false);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < LOADERS; t++) {
                int share = count / LOADERS + (t < count % LOADERS ? 1 : 0);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        for (MessageView view : sdk.notifications().schedule(Principal.service("bench"), new ScheduleMessage(
                                user, RequestMessageKinds.REGISTERED, Set.of(Channel.PUSH), VALUES, Purpose.TRANSACTIONAL,
                                null, Urgency.NORMAL))) {
                            if (view.channel() == Channel.PUSH && view.status() == MessageStatus.QUEUED) {
                                ids.add(view.id().value().toString());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        postgres.synchronousCommit(true);
        postgres.exec("VACUUM ANALYZE sportello_outbox");
        postgres.exec("VACUUM ANALYZE sportello_messages");
        if (ids.size() != count) {
            throw new IllegalStateException(ids.size() + " push messages queued of " + count);
        }
        return ids;
    }
}
