package dev.sportello.adapters.pushhttp;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. The wait is capped
 * at {@link #MAX}; zero, a past date and an unreadable value mean no wait asked for.
 *
 * <p>Thread-safe: stateless.
 */
final class RetryAfter {
    /** The longest wait honoured, so that a provider cannot park a message for weeks. */
    static final Duration MAX = Duration.ofDays(1);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    private RetryAfter() {
    }

    /**
     * The wait a header value asks for.
     *
     * @param value the value, may be null
     * @param clock the clock for an HTTP-date, not null
     * @return the wait, positive and at most {@link #MAX}, or null
     */
    static Duration parse(String value, Clock clock) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        Duration wait;
        if (SECONDS.matcher(text).matches()) {
            wait = Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
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
