package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.Violation;

import java.util.List;
import java.util.Map;

/**
 * Argument checks for query parameters that are not commands; they fail like Bean Validation does.
 *
 * <p>Thread-safe: stateless.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Fails with {@link ErrorCode#VALIDATION_FAILED} if a condition does not hold.
     *
     * @param ok      the condition
     * @param call    the name of the call, for the message
     * @param field   the offending argument
     * @param rule    the rule, e.g. {@code Range}
     * @param message why, e.g. {@code must be between 1 and 60}
     */
    public static void argument(boolean ok, String call, String field, String rule, String message) {
        if (!ok) {
            throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", call),
                    List.of(new Violation(field, rule, message)), null);
        }
    }

    /**
     * Fails with {@link ErrorCode#VALIDATION_FAILED} if an argument is null.
     *
     * @param value the argument
     * @param call  the name of the call
     * @param field the argument's name
     * @param <T>   its type
     * @return the value
     */
    public static <T> T notNull(T value, String call, String field) {
        argument(value != null, call, field, "NotNull", "must not be null");
        return value;
    }

    /**
     * Fails with {@link ErrorCode#VALIDATION_FAILED} if a date is null or outside the years 1900 to 9999,
     * the range the SDK computes with.
     *
     * @param value the date
     * @param call  the name of the call
     * @param field the argument's name
     * @return the date
     */
    public static java.time.LocalDate date(java.time.LocalDate value, String call, String field) {
        notNull(value, call, field);
        argument(!value.isBefore(CommandSanity.FIRST_DAY) && !value.isAfter(CommandSanity.LAST_DAY), call, field, "Range",
                "must be between 1900-01-01 and 9999-12-31");
        return value;
    }
}
