package dev.sportello;

import java.util.List;
import java.util.Map;

/**
 * The named object does not exist, or the acting principal may not know that it exists.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class NotFoundException extends SportelloException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code    a code of category {@link ErrorCategory#NOT_FOUND}, not null
     * @param details message parameters, not null (may be empty)
     * @param violations per-field reasons, not null (may be empty)
     * @param cause   the underlying failure, or null
     * @throws IllegalArgumentException if the code belongs to another category
     */
    public NotFoundException(ErrorCode code, Map<String, String> details, List<Violation> violations, Throwable cause) {
        super(code, details, violations, cause);
    }

    /**
     * Creates the error with message parameters only.
     *
     * @param code    a code of category {@link ErrorCategory#NOT_FOUND}, not null
     * @param details message parameters, not null (may be empty)
     */
    public NotFoundException(ErrorCode code, Map<String, String> details) {
        this(code, details, List.of(), null);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.NOT_FOUND;
    }
}
