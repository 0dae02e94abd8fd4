package dev.sportello.core.internal.authz;

import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reviewed data of the authorization matrix, read from core's test resources:
 * {@value #MATRIX} (one row per method and principal kind: {@code ALLOWED}, {@code DENIED} or {@code DENIED:<code>})
 * and {@value #OPERATIONS} (one row per method: the operations its call needs, which the {@code SERVICE},
 * {@code SERVICE_UNGRANTED} and delegate kinds are granted or not). Lines starting with {@code #} are comments.
 * Every malformed, duplicated or unknown entry is a problem, reported with its line.
 *
 * <p>Not thread-safe; read once per test.
 */
final class MatrixFile {
    static final String MATRIX = "authorization-matrix.csv";
    static final String OPERATIONS = "authorization-operations.csv";

    /**
     * What one cell must answer.
     *
     * @param allowed whether the call must pass the access checks
     * @param code    the denial code it must fail with, or null for any code of the access-denied category
     * @param line    where it is written
     */
    record Expectation(boolean allowed, ErrorCode code, int line) {
    }

    final Map<String, Map<PrincipalKind, Expectation>> cells = new LinkedHashMap<>();
    final Map<String, Set<Operation>> operations = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    private final String matrix;
    private final String operationsFile;

    /** Reads core's two files. */
    MatrixFile() {
        this(MATRIX, OPERATIONS);
    }

    /**
     * Reads two files from the test class path.
     *
     * @param matrix     the matrix's resource
     * @param operations the operations' resource
     */
    MatrixFile(String matrix, String operations) {
        this.matrix = matrix;
        this.operationsFile = operations;
        rows(matrix, "method,principal,expected", 3, (line, f) -> {
            PrincipalKind kind = parse(PrincipalKind.class, f[1], matrix, line);
            Expectation expected = expectation(f[2], line);
            if (kind == null || expected == null) {
                return;
            }
            if (cells.computeIfAbsent(f[0], k -> new EnumMap<>(PrincipalKind.class)).put(kind, expected) != null) {
                problems.add(matrix + ":" + line + ": a second row for " + f[0] + " as " + kind);
            }
        });
        rows(operations, "method,operations", 2, (line, f) -> {
            Set<Operation> ops = EnumSet.noneOf(Operation.class);
            for (String name : f[1].trim().split("\\s+")) {
                Operation op = parse(Operation.class, name, operations, line);
                if (op != null) {
                    ops.add(op);
                }
            }
            if (ops.isEmpty()) {
                problems.add(operations + ":" + line + ": no operation for " + f[0]);
            } else if (this.operations.put(f[0], Collections.unmodifiableSet(ops)) != null) {
                problems.add(operations + ":" + line + ": a second row for " + f[0]);
            }
        });
    }

    /**
     * What the files lack or have too much of for a set of methods: a method without rows (or without a row for some
     * kind, or without operations), and rows for a method that does not exist.
     *
     * @param methods the names of the use-case methods
     * @return the problems, each naming its method; empty if the files fit
     */
    Set<String> coverage(Set<String> methods) {
        Set<String> missing = new TreeSet<>();
        for (String method : methods) {
            Map<PrincipalKind, Expectation> rows = cells.get(method);
            if (rows == null) {
                missing.add(method + ": no rows in " + matrix);
            } else {
                Set<PrincipalKind> kinds = EnumSet.allOf(PrincipalKind.class);
                kinds.removeAll(rows.keySet());
                if (!kinds.isEmpty()) {
                    missing.add(method + ": no rows in " + matrix + " for " + kinds);
                }
            }
            if (!operations.containsKey(method)) {
                missing.add(method + ": no row in " + operationsFile);
            }
        }
        cells.keySet().stream().filter(m -> !methods.contains(m))
                .forEach(m -> missing.add(m + ": rows in " + matrix + " for a method that does not exist"));
        operations.keySet().stream().filter(m -> !methods.contains(m))
                .forEach(m -> missing.add(m + ": a row in " + operationsFile + " for a method that does not exist"));
        return missing;
    }

    private interface Row {
        void accept(int line, String[] fields);
    }

    private void rows(String resource, String header, int columns, Row row) {
        List<String> lines;
        try (InputStream in = MatrixFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                problems.add(resource + ": missing from core/src/test/resources");
                return;
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        boolean seenHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!seenHeader) {
                seenHeader = true;
                if (!text.equals(header)) {
                    problems.add(resource + ":" + (i + 1) + ": the header must be '" + header + "'");
                }
                continue;
            }
            String[] fields = text.split(",", -1);
            if (fields.length != columns || fields[0].isBlank()) {
                problems.add(resource + ":" + (i + 1) + ": expected " + columns + " comma-separated fields");
                continue;
            }
            for (int f = 0; f < fields.length; f++) {
                fields[f] = fields[f].strip();
            }
            row.accept(i + 1, fields);
        }
    }

    private Expectation expectation(String text, int line) {
        if (text.equals("ALLOWED")) {
            return new Expectation(true, null, line);
        }
        if (text.equals("DENIED")) {
            return new Expectation(false, null, line);
        }
        if (text.startsWith("DENIED:")) {
            ErrorCode code = parse(ErrorCode.class, text.substring("DENIED:".length()), matrix, line);
            if (code != null && code.category() != ErrorCategory.ACCESS_DENIED) {
                problems.add(matrix + ":" + line + ": " + code + " is not an access denial");
                return null;
            }
            return code == null ? null : new Expectation(false, code, line);
        }
        problems.add(matrix + ":" + line + ": expected ALLOWED, DENIED or DENIED:<code>, not '" + text + "'");
        return null;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String name, String resource, int line) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            problems.add(resource + ":" + line + ": unknown " + type.getSimpleName() + " '" + name + "'");
            return null;
        }
    }
}
