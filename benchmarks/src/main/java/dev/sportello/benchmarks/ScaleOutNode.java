package dev.sportello.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.DispatchReport;
import dev.sportello.UserId;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.spi.DeliveryResult;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One application node of {@link ScaleOutBenchmark}, run as its own JVM: it builds the SDK on the JDBC
 * storage against the database given on the command line and obeys the lines its parent writes to its
 * standard input, answering on standard output (errors go to standard error). It prints {@code ready}
 * once built, then:
 * <ul>
 *   <li>{@code dispatch} mode, on {@code go <phase>}: runs the dispatcher's batch loops in {@code -Dworkers}
 *   threads until nothing is left to claim, with a channel that records every delivered message id;
 *   prints {@code drained <phase> <delivered> <claimed> <not delivered> <nanos> <CPU ms of this JVM>}, writes the ids to
 *   {@code <dir>/dispatch-<node>-<phase>.txt}, and prints {@code written <phase>};</li>
 *   <li>{@code book} mode, on {@code go}: books the hot slots for the users of {@code <dir>/users-<node>.txt}
 *   (see {@link ScaleOutBooking#book}) and prints {@code booked <booked> <full> <nanos> <CPU ms of this JVM>}.</li>
 * </ul>
 * {@code quit} (or the end of its input) closes the SDK and ends the process. The start barrier is the
 * {@code go} line: a node does nothing measured before it reads it.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class ScaleOutNode {
    private ScaleOutNode() {
    }

    /**
     * Runs a node.
     *
     * @param args {@code dispatch|book <jdbcUrl> <dir> <node>}
     * @throws Exception on failure (the parent sees the exit code and the standard error)
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalStateException("usage: ScaleOutNode dispatch|book <jdbcUrl> <dir> <node>");
        }
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Path dir = Path.of(args[2]);
        int node = Integer.parseInt(args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean dispatch = switch (args[0]) {
            case "dispatch" -> true;
            case "book" -> false;
            default -> throw new IllegalStateException("unknown mode " + args[0]);
        };
        ScaleOutSizes sizes = ScaleOutSizes.fromSystemProperties();
        int connections = dispatch ? sizes.workers() + 1 : sizes.bookingPool();
        try (HikariDataSource pool = pool(args[1], connections)) {
            JdbcStorage storage = JdbcStorage.of(pool); // the parent migrated the schema
            if (dispatch) {
                dispatchNode(storage, sizes, dir, node, in, out);
            } else {
                bookingNode(storage, sizes, dir, node, in, out);
            }
        }
    }

    private static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        return new HikariDataSource(config);
    }

    private static void dispatchNode(JdbcStorage storage, ScaleOutSizes sizes, Path dir, int node, BufferedReader in,
                                     PrintStream out) throws Exception {
        Queue<String> delivered = new ConcurrentLinkedQueue<>();
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage)
                .officeDirectory(Offices.directory())
                .pushChannel(message -> {
                    delivered.add(message.idempotencyKey());
                    return DeliveryResult.accepted(message.idempotencyKey());
                })
                .dispatcher(d -> d.batchSize(sizes.batch()).workers(sizes.workers()))
                .build()) {
            out.println("ready");
            String line;
            while ((line = in.readLine()) != null && line.startsWith("go ")) {
                String phase = line.substring(3);
                delivered.clear();
                long cpu = CpuTime.jvmMillis();
                long start = System.nanoTime();
                DispatchReport report = drain(sdk, sizes.workers());
                long nanos = System.nanoTime() - start;
                out.printf("drained %s %d %d %d %d %d%n", phase, report.delivered(), report.claimed(),
                        report.claimed() - report.delivered(), nanos, CpuTime.jvmMillis() - cpu);
                Files.write(dir.resolve("dispatch-" + node + "-" + phase + ".txt"), new ArrayList<>(delivered),
                        StandardCharsets.UTF_8);
                out.println("written " + phase);
            }
        }
    }

    /** Runs batch loops in {@code threads} threads until a batch claims nothing, as {@code Dispatcher.start} does. */
    static DispatchReport drain(SportelloSdk sdk, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DispatchReport>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    DispatchReport sum = DispatchReport.EMPTY;
                    DispatchReport report;
                    while ((report = sdk.dispatcher().runOnce()).claimed() > 0) {
                        sum = sum.plus(report);
                    }
                    return sum;
                }));
            }
            DispatchReport sum = DispatchReport.EMPTY;
            for (Future<DispatchReport> w : workers) {
                sum = sum.plus(w.get());
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }

    private static void bookingNode(JdbcStorage storage, ScaleOutSizes sizes, Path dir, int node, BufferedReader in,
                                    PrintStream out) throws Exception {
        List<UserId> users = Files.readAllLines(dir.resolve("users-" + node + ".txt"), StandardCharsets.UTF_8)
                .stream().map(UserId::of).toList();
        try (SportelloSdk sdk = ScaleOutBooking.sdk(storage, sizes.seats())) {
            ScaleOutBooking.warmUp(sdk, sizes, users, node);
            out.println("ready");
            String line = in.readLine();
            if (line == null || !line.startsWith("go")) {
                return;
            }
            long cpu = CpuTime.jvmMillis();
            long start = System.nanoTime();
            int[] outcome = ScaleOutBooking.book(sdk, sizes, users, node);
            out.printf("booked %d %d %d %d%n", outcome[0], outcome[1], System.nanoTime() - start, CpuTime.jvmMillis() - cpu);
            in.readLine(); // quit
        }
    }
}
