package dev.sportello.core.internal.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value a template may use: its name, its longest value, and whether its values stay within the
 * GSM-7 basic alphabet (digits, codes, Latin text) — which decides the worst case of an SMS.
 *
 * @param name      the name used as {@code {name}} in templates
 * @param maxLength the longest value, in characters
 * @param gsmSafe   whether values only use single-septet GSM-7 characters
 *
 * <p>Immutable and thread-safe.
 */
public record Placeholder(String name, int maxLength, boolean gsmSafe) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /** Checks the components. */
    public Placeholder {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || maxLength < 1) {
            throw new IllegalArgumentException("bad placeholder " + name);
        }
    }

    /** A placeholder for codes and numbers (GSM-safe). */
    public static Placeholder code(String name, int maxLength) {
        return new Placeholder(name, maxLength, true);
    }

    /** A placeholder for free text such as names (any character). */
    public static Placeholder text(String name, int maxLength) {
        return new Placeholder(name, maxLength, false);
    }
}
