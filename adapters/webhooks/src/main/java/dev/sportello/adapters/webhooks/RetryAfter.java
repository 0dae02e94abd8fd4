package dev.sportello.adapters.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} (RFC 9110 §10.2.3). Thread-safe (stateless). */
final class RetryAfter {
    /** Longer waits are capped here (the dispatcher caps them further at its maximum backoff). */
    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    /**
     * The wait asked for: delay-seconds or an HTTP-date; null when absent, unreadable, zero or past.
     *
     * @param value the header value, or null
     * @param now   the current time, not null
     * @return a positive duration of at most {@link #MAX}, or null
     */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration wait;
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (v.length() > 9) {
                return MAX;
            }
            wait = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative() || wait.isZero()) {
            return null;
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
