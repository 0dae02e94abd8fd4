package dev.sportello.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} value (RFC 9110 §10.2.3) for a transport's
 * {@link DeliveryResult#failed(String, Duration)}: delay-seconds or an HTTP-date (IMF-fixdate,
 * {@code Wed, 21 Oct 2015 07:28:00 GMT}). The wait is capped at {@link #MAX}, so that a provider's
 * answer cannot park a message for weeks (the dispatcher caps it further at its maximum backoff); zero,
 * a date in the past and an unreadable value mean that no wait was asked for.
 *
 * <p>Thread-safe (stateless).
 */
public final class RetryAfter {
    /** The longest wait honoured. */
    public static final Duration MAX = Duration.ofDays(1);
    private static final int MAX_DIGITS = 12;

    private RetryAfter() {
    }

    /**
     * The wait a header value asks for.
     *
     * @param value the header value; may be null (no header)
     * @param now   the current time, for an HTTP-date; not null
     * @return the wait, positive and at most {@link #MAX}; null when none is asked for or the value is unreadable
     */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        Duration wait;
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (text.length() > MAX_DIGITS) {
                return MAX;
            }
            wait = Duration.ofSeconds(Long.parseLong(text));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
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
