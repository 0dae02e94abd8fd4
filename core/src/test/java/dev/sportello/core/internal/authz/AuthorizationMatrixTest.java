package dev.sportello.core.internal.authz;

import dev.sportello.Operation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix (OWASP ASVS 8.2.2, 8.3.3): every use-case method reachable from the facade
 * ({@link UseCaseMethods}), run as every kind of principal ({@link PrincipalKind}) on a world of its own, must be
 * allowed or denied as the reviewed file {@code core/src/test/resources/authorization-matrix.csv} says, with the
 * operations of {@code authorization-operations.csv}. A method without rows, or rows of a method that is gone, fail
 * the test; so does any unexpected allow, and any unexpected denial. See docs/security.md.
 */
class AuthorizationMatrixTest {
    private final MatrixFile file = new MatrixFile();
    private final Map<String, UseCaseMethods.UseCase> methods = UseCaseMethods.all();

    @Test
    void everyCellIsAllowedOrDeniedAsTheMatrixSays() throws Exception {
        assertThat(file.problems).as("malformed rows").isEmpty();
        assertThat(file.coverage(methods.keySet())).as("rows missing or stale").isEmpty();
        assertThat(methods.size()).as("use-case methods found").isGreaterThan(80);
        List<MatrixCell> cells = runAll();
        List<String> allows = new ArrayList<>();
        List<String> denials = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        StringBuilder report = new StringBuilder("method,principal,expected,actual\n");
        for (MatrixCell cell : cells) {
            MatrixFile.Expectation expected = file.cells.get(cell.method()).get(cell.kind());
            String where = cell.method() + " as " + cell.kind() + " (" + MatrixFile.MATRIX + ":" + expected.line() + ")";
            report.append(cell.method()).append(',').append(cell.kind()).append(',')
                    .append(expected.allowed() ? "ALLOWED" : "DENIED").append(',').append(cell.outcome()).append('\n');
            if (cell.broken() != null) {
                broken.add(where + ": " + cell.broken());
            } else if (cell.allowed() && !expected.allowed()) {
                allows.add(where + ": " + cell.outcome());
            } else if (!cell.allowed() && expected.allowed()) {
                denials.add(where + ": " + cell.outcome());
            } else if (!cell.allowed() && expected.code() != null && expected.code() != cell.code()) {
                denials.add(where + ": denied with " + cell.code() + ", not " + expected.code());
            }
        }
        Path out = Path.of("target", "authorization-matrix-results.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        long allowed = cells.stream().filter(MatrixCell::allowed).count();
        System.out.printf("authorization matrix: %d methods x %d principal kinds = %d cells (%d allowed, %d denied); %s%n",
                methods.size(), PrincipalKind.values().length, cells.size(), allowed, cells.size() - allowed, out);
        assertThat(broken).as("calls that threw something else than a SportelloException").isEmpty();
        assertThat(allows).as("UNEXPECTED ALLOWS").isEmpty();
        assertThat(denials).as("unexpected denials").isEmpty();
        assertThat(cells).hasSize(methods.size() * PrincipalKind.values().length);
    }

    /** Every cell, two at a time (each on its own SDK, so they share nothing). */
    private List<MatrixCell> runAll() throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MatrixCell>> futures = new ArrayList<>();
            for (UseCaseMethods.UseCase useCase : methods.values()) {
                Set<Operation> operations = file.operations.get(useCase.name());
                for (PrincipalKind kind : PrincipalKind.values()) {
                    boolean denied = !file.cells.get(useCase.name()).get(kind).allowed();
                    futures.add(pool.submit(() -> MatrixCell.run(useCase, operations, kind, denied)));
                }
            }
            List<MatrixCell> cells = new ArrayList<>();
            for (Future<MatrixCell> future : futures) {
                cells.add(future.get());
            }
            return cells;
        } finally {
            pool.shutdownNow();
        }
    }
}
