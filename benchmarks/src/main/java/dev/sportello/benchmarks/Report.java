package dev.sportello.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a JMH benchmark class and prints its scores with the ratios of each SDK benchmark to its raw
 * JDBC baseline in the same run. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.Report UserRegistrationBenchmark}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class Report {
    private Report() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the benchmark class's simple name; optional iterations and seconds per iteration
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String benchmark = args.length > 0 ? args[0] : "UserRegistrationBenchmark";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Options options = new OptionsBuilder()
                .include(Report.class.getPackageName() + "." + benchmark + ".*")
                .warmupIterations(2).warmupTime(TimeValue.seconds(3))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .forks(1)
                .jvmArgsAppend("-Dorg.jboss.logging.provider=slf4j", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-DpgStats=" + Boolean.getBoolean("pgStats"))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            if (!result.getParams().getParamsKeys().isEmpty()) {
                StringBuilder params = new StringBuilder();
                result.getParams().getParamsKeys().forEach(k -> params.append(' ').append(k).append('=')
                        .append(result.getParams().getParam(k)));
                label += params;
            }
            scores.put(label, new double[]{result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        System.out.println();
        System.out.println("== " + benchmark + " (" + iterations + " x " + seconds + " s, threads as annotated)");
        scores.forEach((label, s) -> System.out.printf("%-44s %,12.1f ± %,10.1f ops/s%n", label, s[0], s[1]));
        scores.forEach((label, s) -> {
            if (label.startsWith("postgresSdk")) {
                double[] raw = scores.get(label.replace("postgresSdk", "postgresRawJdbc"));
                if (raw != null) {
                    System.out.printf("ratio %s / raw JDBC: %.2f%n", label, s[0] / raw[0]);
                }
            }
        });
    }
}
