package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.LoopbackHosts;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks the builders of this module run on their settings; each failure is a {@link SportelloException}
 * with {@link ErrorCode#CONFIG_INVALID} (or {@link ErrorCode#VALUE_REQUIRED} for null) naming the setting.
 *
 * <p>Thread-safe: stateless.
 */
final class Settings {
    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    /** Visible ASCII without spaces: what a bearer token, an API key or a header value may hold here. */
    private static final Pattern VISIBLE = Pattern.compile("[\\x21-\\x7e]+");
    private static final Pattern NUMERIC_SENDER = Pattern.compile("\\+[1-9][0-9]{6,14}|[0-9]{3,15}");
    private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 ._-]{0,9}[A-Za-z0-9])?");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
    /** Headers the channel sets itself, or that the JDK refuses. */
    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "idempotency-key", "host",
            "connection", "expect", "upgrade", "accept", "transfer-encoding");
    /** The longest timeout accepted: a send that waits longer stalls the dispatcher. */
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    private Settings() {
    }

    static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
    }

    static <T> T required(T value, String type, String field) {
        return Arguments.required(value, type, type + "." + field);
    }

    /**
     * An endpoint: absolute, {@code https}, or {@code http} on a loopback host when allowed; no user info (it
     * would leak a password), no fragment.
     */
    static URI endpoint(URI uri, String field, boolean plainLoopbackAllowed) {
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw invalid(field, "an absolute https URI with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(field, "no user info in the URI; use the authentication settings");
        }
        if (uri.getRawFragment() != null) {
            throw invalid(field, "no fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && plainLoopbackAllowed && isLoopback(uri.getHost())) {
            return uri;
        }
        throw invalid(field, scheme.equals("http") && plainLoopbackAllowed
                ? "plain http only to a loopback host (localhost, 127.0.0.0/8, ::1)"
                : "https (plain http only to a loopback host, after allowPlainHttpOnLoopback())");
    }

    static boolean isLoopback(String host) {
        return LoopbackHosts.is(host);
    }

    /**
     * A sender id as GSM networks take it (3GPP TS 23.040 TP-OA): a number (E.164 with {@code +}, or 3–15
     * digits for a short code or a national number), or an alphanumeric alias of 1–11 characters — letters,
     * digits, and space, dot, hyphen or underscore inside — with at least one letter.
     */
    static String senderId(String sender, String field) {
        if (NUMERIC_SENDER.matcher(sender).matches()) {
            return sender;
        }
        if (ALPHANUMERIC_SENDER.matcher(sender).matches() && LETTER.matcher(sender).matches()) {
            return sender;
        }
        throw invalid(field, "a number (+ and 7-15 digits, or 3-15 digits) or an alias of 1-11 letters, digits,"
                + " space . - _ with at least one letter");
    }

    /** A positive timeout up to {@link #MAX_TIMEOUT}. */
    static Duration timeout(Duration timeout, String field) {
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw invalid(field, "positive and at most " + MAX_TIMEOUT);
        }
        return timeout;
    }

    /** A token-like secret (bearer token, API key): visible ASCII, no spaces. */
    static String visible(String value, String field) {
        if (!VISIBLE.matcher(value).matches()) {
            throw invalid(field, "visible ASCII characters without spaces");
        }
        return value;
    }

    /** A header name that the channel or the JDK does not set itself. */
    static String headerName(String name, String field) {
        if (!TOKEN.matcher(name).matches()) {
            throw invalid(field, "an HTTP header name");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw invalid(field, "a header the channel sets itself");
        }
        return name;
    }

    /** A header name to read (any token). */
    static String readableHeader(String name, String field) {
        if (!TOKEN.matcher(name).matches()) {
            throw invalid(field, "an HTTP header name");
        }
        return name;
    }

    /** A user name for basic authentication: no colon (RFC 7617), no control characters, not empty. */
    static String basicUser(String user, String field) {
        if (user.isEmpty() || user.indexOf(':') >= 0 || hasControl(user)) {
            throw invalid(field, "not empty, without ':' or control characters");
        }
        return user;
    }

    /** A password: not empty, no control characters. */
    static String password(String password, String field) {
        if (password.isEmpty() || hasControl(password)) {
            throw invalid(field, "not empty, without control characters");
        }
        return password;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || !Arguments.isWellFormed(text);
    }
}
