package dev.sportello.spi;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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
    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9.]{1,39}");
    /** The longest text form. */
    public static final int MAX_LENGTH = 200;

    /** Checks the components. */
    public CounterKey {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "namespace", Map.of());
        }
        if (parts == null || parts.stream().anyMatch(Objects::isNull)) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "parts", Map.of());
        }
        parts = List.copyOf(parts);
        if (text(namespace, parts).length() > MAX_LENGTH) {
            throw SportelloException.invalidField(ErrorCode.COUNTER_KEY_INVALID, "parts",
                    Map.of("max", Integer.toString(MAX_LENGTH)));
        }
    }

    /**
     * A key.
     *
     * @param namespace the namespace
     * @param parts     the parts
     * @return the key
     */
    public static CounterKey of(String namespace, String... parts) {
        return new CounterKey(namespace, parts == null ? null : List.of(parts));
    }

    /** The persisted text form; never null. */
    public String text() {
        return text(namespace, parts);
    }

    private static String text(String namespace, List<String> parts) {
        StringBuilder out = new StringBuilder(namespace);
        for (String part : parts) {
            out.append(':').append(part.replace("%", "%25").replace(":", "%3A"));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
