package dev.sportello.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * The sizes of a {@link ScaleOutBenchmark} run, read from system properties by the parent, which hands the
 * nodes' part to each node process as {@code -D} options (see {@link #nodeOptions}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param nodes            the numbers of dispatcher processes to run in turn ({@code -Dnodes=1,2,4})
 * @param messages         messages loaded per measured round ({@code -Dmessages=20000})
 * @param warmup           messages loaded and drained once by each set of nodes before the rounds ({@code -Dwarmup=10000})
 * @param rounds           measured rounds per number of nodes; the median is reported ({@code -Drounds=3})
 * @param batch            the dispatcher's batch size ({@code -Dbatch=500})
 * @param workers          dispatcher worker threads per process ({@code -Dworkers=1})
 * @param partitionOutbox  whether the outbox is first rebuilt as a table partitioned by day of due time
 *                         ({@code -DpartitionOutbox=false}, see {@link OutboxPartitions})
 * @param bookingNodes     booking processes ({@code -DbookingNodes=2})
 * @param seats            seats of each of the 10 hot slots ({@code -DbookingSeats=500})
 * @param attempts         bookings the booking processes try, in all, shared out evenly ({@code -DbookingAttempts=6000})
 * @param bookingThreads   booking threads per process ({@code -DbookingThreads=16})
 * @param bookingPool      connections per booking process ({@code -DbookingPool=8})
 * @param bookingUsers     users per booking process ({@code -DbookingUsers=80})
 * @param bookingWarmup    bookings per process on the next day's slots before the start barrier ({@code -DbookingWarmup=1000})
 * @param jvmOptions       the node processes' JVM options ({@code -DnodeJvmOptions=-Xmx512m}, separated by spaces)
 */
record ScaleOutSizes(List<Integer> nodes, int messages, int warmup, int rounds, int batch, int workers,
                     boolean partitionOutbox, int bookingNodes, int seats, int attempts, int bookingThreads,
                     int bookingPool, int bookingUsers, int bookingWarmup, List<String> jvmOptions) {
    /** The SDK's highest limit of active bookings per user and topic. */
    static final int MAX_ACTIVE = 100;
    /** The hot slots of a morning. */
    static final int SLOTS = 10;

    ScaleOutSizes {
        nodes = List.copyOf(nodes);
        jvmOptions = List.copyOf(jvmOptions);
        if (bookingNodes < 1 || nodes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalStateException("nodes and bookingNodes must be at least 1");
        }
        if ((long) attemptsOf(bookingNodes, attempts, 0) + bookingWarmup > (long) bookingUsers * MAX_ACTIVE) {
            throw new IllegalStateException("bookingUsers * " + MAX_ACTIVE
                    + " must cover a node's share of bookingAttempts + bookingWarmup");
        }
        if ((long) bookingNodes * bookingWarmup > (long) SLOTS * seats) {
            throw new IllegalStateException("bookingNodes * bookingWarmup must fit the seats of the warm-up day");
        }
        if ((long) bookingNodes * (attempts / bookingNodes / SLOTS) <= seats) {
            throw new IllegalStateException("the nodes must ask for more than bookingSeats in every slot, or nobody races "
                    + "for the last seats");
        }
    }

    /** The sizes given by system properties, with the defaults above. */
    static ScaleOutSizes fromSystemProperties() {
        List<Integer> nodes = Arrays.stream(System.getProperty("nodes", "1,2,4").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
        return new ScaleOutSizes(nodes, Integer.getInteger("messages", 20_000), Integer.getInteger("warmup", 10_000),
                Integer.getInteger("rounds", 3), Integer.getInteger("batch", 500), Integer.getInteger("workers", 1),
                Boolean.getBoolean("partitionOutbox"), Integer.getInteger("bookingNodes", 2),
                Integer.getInteger("bookingSeats", 500), Integer.getInteger("bookingAttempts", 6_000),
                Integer.getInteger("bookingThreads", 16), Integer.getInteger("bookingPool", 8),
                Integer.getInteger("bookingUsers", 80), Integer.getInteger("bookingWarmup", 1_000),
                Arrays.stream(System.getProperty("nodeJvmOptions", "-Xmx512m").trim().split("\\s+"))
                        .filter(o -> !o.isEmpty()).toList());
    }

    /** The booking attempts of one booking node: an even share, the first nodes taking the remainder. */
    int attemptsOf(int node) {
        return attemptsOf(bookingNodes, attempts, node);
    }

    private static int attemptsOf(int nodes, int attempts, int node) {
        return attempts / nodes + (node < attempts % nodes ? 1 : 0);
    }

    /** The options that give a node process these sizes through {@link #fromSystemProperties}. */
    List<String> nodeOptions() {
        return List.of("-Dbatch=" + batch, "-Dworkers=" + workers, "-DbookingNodes=" + bookingNodes,
                "-DbookingSeats=" + seats, "-DbookingAttempts=" + attempts, "-DbookingThreads=" + bookingThreads,
                "-DbookingPool=" + bookingPool, "-DbookingUsers=" + bookingUsers, "-DbookingWarmup=" + bookingWarmup);
    }
}
