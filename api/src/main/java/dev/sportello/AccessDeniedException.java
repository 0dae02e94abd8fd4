package dev.sportello;

import java.util.List;
import java.util.Map;

/**
 * The acting principal may not perform the operation: assurance level too low, not the owner, no valid delegation, or not an operator of the competent office. Denials on existing objects are audited.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class AccessDeniedException extends SportelloException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code    a code of category {@link ErrorCategory#ACCESS_DENIED}, not null
     * @param details message parameters, not null (may be empty)
     * @param violations per-field reasons, not null (may be empty)
     * @param cause   the underlying failure, or null
     * @throws IllegalArgumentException if the code belongs to another category
     */
    public AccessDeniedException(ErrorCode code, Map<String, String> details, List<Violation> violations, Throwable cause) {
        super(code, details, violations, cause);
    }

    /**
     * Creates the error with message parameters only.
     *
     * @param code    a code of category {@link ErrorCategory#ACCESS_DENIED}, not null
     * @param details message parameters, not null (may be empty)
     */
    public AccessDeniedException(ErrorCode code, Map<String, String> details) {
        this(code, details, List.of(), null);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.ACCESS_DENIED;
    }
}
