package dev.sportello.core.internal.authz;

import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Set;

/**
 * One call of the matrix and how it ended: a use-case method, run as a kind of principal on a world of its own.
 * The call is <em>allowed</em> when it returns or fails with a code outside the access-denied category (a validation,
 * state or not-found error means it got past the access checks), <em>denied</em> when it fails with a code of that
 * category ({@code ACCESS_*}, {@code DEL_NOT_THE_DELEGATE}, {@code REQ_NOT_ASSIGNEE}, …); anything other than a
 * {@link SportelloException} is a broken entry point.
 *
 * @param method  the method's name
 * @param kind    the principal's kind
 * @param allowed whether the call passed the access checks
 * @param code    the error it failed with, or null if it returned
 * @param broken  what else it threw, or null
 */
record MatrixCell(String method, PrincipalKind kind, boolean allowed, ErrorCode code, String broken) {

    /**
     * Runs one cell.
     *
     * @param useCase    the method
     * @param operations the operations it needs
     * @param kind       the principal's kind
     * @param denied     whether the matrix says it must be denied (its commands then carry wrong versions)
     * @return how it ended
     */
    static MatrixCell run(UseCaseMethods.UseCase useCase, Set<Operation> operations, PrincipalKind kind, boolean denied) {
        try (MatrixWorld world = new MatrixWorld(operations, kind)) {
            Object[] args = MatrixArguments.of(world, useCase.method(), denied);
            try {
                useCase.invoke(world.h.sdk, args);
                return new MatrixCell(useCase.name(), kind, true, null, null);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SportelloException coded) {
                    return new MatrixCell(useCase.name(), kind, coded.code().category() != ErrorCategory.ACCESS_DENIED,
                            coded.code(), null);
                }
                StackTraceElement at = Arrays.stream(cause.getStackTrace())
                        .filter(s -> s.getClassName().startsWith("dev.sportello")).findFirst().orElse(null);
                return new MatrixCell(useCase.name(), kind, false, null, cause + " at " + at);
            }
        } catch (RuntimeException e) {
            return new MatrixCell(useCase.name(), kind, false, null, "the world could not be built: " + e);
        }
    }

    /** How it ended, for a report line. */
    String outcome() {
        if (broken != null) {
            return "BROKEN " + broken;
        }
        return (allowed ? "ALLOWED" : "DENIED") + (code == null ? "" : " " + code);
    }
}
