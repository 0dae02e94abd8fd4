package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The name of a counter: a namespace (what it counts, e.g. {@code apt.seat}) and the parts that say
 * which one (an office, a topic, a start). The core builds keys through typed factories per area; an
 * adapter stores {@link #text()}, the key's one persisted form, and may use {@link #namespace()} to
 * partition.
 *
 * <p>Text form: the namespace, then each part after a {@code :}, with {@code %} and {@code :} inside a
 * part written as {@code %25} and {@code %3A}. It is stable across releases: changing it would orphan
 * stored counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param namespace lower-case letters, digits and dots, 2–40 characters, not null
 * @param parts     the parts, not null, no null element; the text form is at most 200 characters
 */
public record CounterKey(String namespace, List<String> parts) {
    /** The longest text form. */
    public static final int MAX_LENGTH = 200;

    /** Checks the components. */
    public CounterKey {
        if (!validNamespace(namespace)) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "namespace", Map.of());
        }
        if (parts == null) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "parts", Map.of());
        }
        int length = namespace.length();
        for (String part : parts) {
            if (part == null) {
                throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "parts", Map.of());
            }
            length += 1 + escapedLength(part);
        }
        if (length > MAX_LENGTH) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "parts",
                    Map.of("max", Integer.toString(MAX_LENGTH)));
        }
        parts = Arguments.list(parts, "CounterKey", "parts");
    }

    /**
     * A key.
     *
     * @param namespace the namespace
     * @param parts     the parts
     * @return the key
     */
    public static CounterKey of(String namespace, String... parts) {
        return new CounterKey(namespace, parts == null ? null : Arrays.asList(parts));
    }

    /** The persisted text form; never null. */
    public String text() {
        return text(namespace, parts);
    }

    private static String text(String namespace, List<String> parts) {
        StringBuilder out = new StringBuilder(namespace.length() + 16 * parts.size());
        out.append(namespace);
        for (String part : parts) {
            out.append(':');
            if (part.indexOf('%') < 0 && part.indexOf(':') < 0) {
                out.append(part);
            } else {
                out.append(part.replace("%", "%25").replace(":", "%3A"));
            }
        }
        return out.toString();
    }

    private static int escapedLength(String part) {
        int length = part.length();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' || c == ':') {
                length += 2;
            }
        }
        return length;
    }

    /** {@code [a-z][a-z0-9.]{1,39}}, without a regular expression on this hot path. */
    private static boolean validNamespace(String namespace) {
        if (namespace == null || namespace.length() < 2 || namespace.length() > 40) {
            return false;
        }
        char first = namespace.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < namespace.length(); i++) {
            char c = namespace.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text();
    }
}
