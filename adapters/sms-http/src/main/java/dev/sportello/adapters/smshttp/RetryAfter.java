package dev.sportello.adapters.smshttp;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date (IMF-fixdate,
 * {@code Wed, 21 Oct 2015 07:28:00 GMT}). The wait is capped at {@link #MAX} so that a provider's error cannot
 * park a message for weeks; zero, a date in the past and an unreadable value mean no wait asked for.
 *
 * <p>Thread-safe: stateless.
 */
final class RetryAfter {
    /** The longest wait honoured. */
    static final Duration MAX = Duration.ofDays(1);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

    private RetryAfter() {
    }

    /**
     * The wait the value asks for.
     *
     * @param value the header value, may be null
     * @param clock the clock for an HTTP-date, not null
     * @return the wait, positive and at most {@link #MAX}; or null when none is asked for or it is unreadable
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
                ZonedDateTime date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), date.toInstant());
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
