package dev.sportello.core.internal.kernel;

import dev.sportello.SportelloException;

/**
 * What the SDK writes to its log about a failure: the exception classes and the SDK's error codes,
 * never a message. Messages of adapters, drivers and gateways may quote the data
 * they were handed (a database's duplicate-key message holds the key, a gateway's error the phone
 * number), and personal data never goes to a log.
 *
 * <p>Thread-safe: stateless.
 */
public final class LogSafe {
    private static final int MAX_CAUSES = 4;

    private LogSafe() {
    }

    /**
     * Describes a failure without its messages, e.g. {@code AdapterFailureException[ADAPTER_FAILED] <-
     * PSQLException}.
     *
     * @param failure the failure, may be null
     * @return the description, never null
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName());
            if (current instanceof SportelloException e) {
                text.append('[').append(e.code()).append(']');
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.isEmpty() ? "null" : text.toString();
    }
}
