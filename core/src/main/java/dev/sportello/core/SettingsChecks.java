package dev.sportello.core;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Duration;
import java.util.Map;

/** Checks of setting values: a bad one is {@code CONFIG_INVALID} naming the setting, never a bare exception. */
final class SettingsChecks {
    private SettingsChecks() {
    }

    static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid(field, "required");
        }
        return value;
    }

    static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw invalid(field, "between " + min + " and " + max);
        }
        return value;
    }

    static long range(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw invalid(field, "between " + min + " and " + max);
        }
        return value;
    }

    static Duration range(Duration value, Duration min, Duration max, String field) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(field, "between " + min + " and " + max);
        }
        return value;
    }
}
