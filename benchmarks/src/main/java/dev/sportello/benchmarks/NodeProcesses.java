package dev.sportello.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link ScaleOutNode} processes started with this JVM's {@code java} binary and class path, driven line by
 * line through their standard input and output; their standard error goes to this process's. {@link #start}
 * returns once every node has printed {@code ready}, so that {@link #sendAll} of a {@code go} line is the
 * start barrier: no sleep anywhere.
 *
 * <p>Not thread-safe; used by one thread.
 */
final class NodeProcesses implements AutoCloseable {
    private final List<Process> processes;
    private final List<BufferedReader> outputs = new ArrayList<>();
    private final List<PrintStream> inputs = new ArrayList<>();

    private NodeProcesses(List<Process> processes) {
        this.processes = processes;
        for (Process p : processes) {
            outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            inputs.add(new PrintStream(p.getOutputStream(), true, StandardCharsets.UTF_8));
        }
    }

    /**
     * Starts {@code count} nodes and waits until each is ready.
     *
     * @param mode    {@code dispatch} or {@code book}
     * @param jdbcUrl the shared database
     * @param dir     where the nodes read and write their files
     * @param sizes   the sizes, handed over as system properties
     */
    static NodeProcesses start(String mode, int count, String jdbcUrl, Path dir, ScaleOutSizes sizes) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int node = 0; node < count; node++) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(sizes.jvmOptions());
            command.addAll(List.of("-Dorg.jboss.logging.provider=slf4j", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
            command.addAll(sizes.nodeOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleOutNode.class.getName(), mode,
                    jdbcUrl, dir.toString(), Integer.toString(node)));
            processes.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        NodeProcesses nodes = new NodeProcesses(processes);
        try {
            nodes.awaitAll("ready");
        } catch (IOException | RuntimeException e) {
            nodes.kill();
            throw e;
        }
        return nodes;
    }

    /** Writes a line to every node, one after the other. */
    void sendAll(String line) {
        for (PrintStream in : inputs) {
            in.println(line);
        }
    }

    /**
     * Reads the next line of every node, in node order.
     *
     * @param prefix what each line must start with
     * @return the lines, in node order
     * @throws IllegalStateException if a node ended or answered something else
     */
    List<String> awaitAll(String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int node = 0; node < processes.size(); node++) {
            String line = outputs.get(node).readLine();
            if (line == null || !line.startsWith(prefix)) {
                throw new IllegalStateException("node " + node + " answered " + line + " instead of " + prefix
                        + (line == null ? " (exit code " + exitCode(processes.get(node)) + ")" : ""));
            }
            lines.add(line);
        }
        return lines;
    }

    private static String exitCode(Process p) {
        try {
            return p.waitFor(30, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void kill() {
        processes.forEach(Process::destroyForcibly);
    }

    /** Tells every node to quit and waits for it; fails if one does not end cleanly within a minute. */
    @Override
    public void close() {
        sendAll("quit");
        inputs.forEach(PrintStream::close);
        List<String> failures = new ArrayList<>();
        for (int node = 0; node < processes.size(); node++) {
            String code = exitCode(processes.get(node));
            if (!"0".equals(code)) {
                failures.add("node " + node + ": " + code);
            }
        }
        kill();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("nodes did not end cleanly: " + failures);
        }
    }
}
