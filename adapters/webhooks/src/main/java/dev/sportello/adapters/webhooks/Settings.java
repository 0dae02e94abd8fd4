package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.Duration;
import java.util.Map;

/** Checks of settings shared by the builders. Thread-safe (stateless). */
final class Settings {
    private Settings() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, field,
                    Map.of("type", field.substring(0, Math.max(0, field.indexOf('.')))));
        }
        return value;
    }

    static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
    }

    static Duration between(Duration value, String field, Duration min, Duration max) {
        required(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(field, min + " to " + max);
        }
        return value;
    }

    static int between(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, min + "-" + max);
        }
        return value;
    }
}
