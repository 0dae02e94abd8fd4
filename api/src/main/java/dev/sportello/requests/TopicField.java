package dev.sportello.requests;

import dev.sportello.Arguments;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A field a topic asks for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name      the name, e.g. {@code period} (lower camel case, 1–40 characters)
 * @param type      the type, not null
 * @param required  whether the field must be given
 * @param maxLength for text, the longest value (1–1000)
 * @param choices   for {@link FieldType#CHOICE}, the allowed values; else empty
 */
public record TopicField(String name, FieldType type, boolean required, int maxLength, List<String> choices) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /** Checks and copies the components. */
    public TopicField {
        Arguments.required(name, "TopicField", "name");
        Arguments.required(type, "TopicField", "type");
        if (!NAME.matcher(name).matches() || maxLength < 1 || maxLength > 1000) {
            throw Arguments.invalid("TopicField", "name", "a field name is a letter then letters or digits, at most 40");
        }
        choices = Arguments.list(choices, "TopicField", "choices");
        if ((type == FieldType.CHOICE) == choices.isEmpty()) {
            throw Arguments.invalid("TopicField", "choices", "choices are for CHOICE fields, and CHOICE fields need them");
        }
    }

    /**
     * A required field of a type.
     *
     * @param name the name
     * @param type the type (not CHOICE)
     * @return the field
     */
    public static TopicField required(String name, FieldType type) {
        return new TopicField(name, type, true, 200, List.of());
    }

    /**
     * A required choice.
     *
     * @param name    the name
     * @param choices the allowed values
     * @return the field
     */
    public static TopicField choice(String name, String... choices) {
        return new TopicField(name, FieldType.CHOICE, true, 64,
                choices == null ? null : java.util.Arrays.asList(choices));
    }
}
