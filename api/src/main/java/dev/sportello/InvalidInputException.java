package dev.sportello;

import java.util.List;
import java.util.Map;

/**
 * The input was not acceptable: a value object refused a value, Bean Validation rejected a command field, or an upload broke a limit. {@link #violations()} names each field and why.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class InvalidInputException extends SportelloException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code    a code of category {@link ErrorCategory#INVALID_INPUT}, not null
     * @param details message parameters, not null (may be empty)
     * @param violations per-field reasons, not null (may be empty)
     * @param cause   the underlying failure, or null
     * @throws IllegalArgumentException if the code belongs to another category
     */
    public InvalidInputException(ErrorCode code, Map<String, String> details, List<Violation> violations, Throwable cause) {
        super(code, details, violations, cause);
    }

    /**
     * Creates the error with message parameters only.
     *
     * @param code    a code of category {@link ErrorCategory#INVALID_INPUT}, not null
     * @param details message parameters, not null (may be empty)
     */
    public InvalidInputException(ErrorCode code, Map<String, String> details) {
        this(code, details, List.of(), null);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
