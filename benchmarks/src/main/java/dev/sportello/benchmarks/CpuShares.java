package dev.sportello.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the CPU time of a measured stretch went: the node processes (as each reports its own JVM's CPU
 * time), the database server (the postmaster and its processes alive at the end, from the operating
 * system), and the rest of the machine (this JVM, other programs, server processes that ended meanwhile).
 * With the database's share per operation, a reader can size a database server; with the rest, tell
 * whether something else ran on the machine.
 *
 * <p>Not thread-safe; one measurement, by one thread.
 */
final class CpuShares {
    private final long postmaster;
    private final long machine;
    private final long database;

    private CpuShares(long postmaster) {
        this.postmaster = postmaster;
        this.machine = CpuTime.machineBusyMillis();
        this.database = serverMillis(postmaster);
    }

    /** Starts measuring the CPU of the machine and of the given database's server. */
    static CpuShares start(Postgres postgres) {
        try (Connection c = postgres.pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            long backend = rs.getLong(1);
            long parent = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException("the database server runs elsewhere"));
            return new CpuShares(parent);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long serverMillis(long postmaster) {
        Optional<ProcessHandle> server = ProcessHandle.of(postmaster);
        return server.stream().flatMap(p -> Stream.concat(Stream.of(p), p.children()))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    /**
     * Ends the measurement.
     *
     * @param nodesMillis the CPU time the node processes reported for the stretch
     */
    Split end(long nodesMillis) {
        long db = serverMillis(postmaster) - database;
        // the machine's figure has a resolution of 10 ms: a rest within it below zero is none
        return new Split(nodesMillis, db, Math.max(0, CpuTime.machineBusyMillis() - machine - nodesMillis - db));
    }

    /**
     * CPU milliseconds of a stretch, by whom.
     *
     * @param nodes    the node processes
     * @param database the database server
     * @param rest     the rest of the machine
     */
    record Split(long nodes, long database, long rest) {
        /** The split per operation, as text: {@code CPU per <unit>: nodes … ms, database … ms, rest … ms}. */
        String per(double operations, String unit) {
            return "CPU per " + unit + ": nodes " + ms(nodes / operations) + ", database " + ms(database / operations)
                    + ", rest of the machine " + ms(rest / operations);
        }

        private static String ms(double value) {
            return String.format(Math.abs(value) >= 10 ? "%.0f ms" : "%.2f ms", value);
        }
    }
}
