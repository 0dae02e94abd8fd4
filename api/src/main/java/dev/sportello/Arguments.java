package dev.sportello;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks the api's types run on their components, so that a bad value always ends as a
 * {@link SportelloException} with a stable code and the field — never as a bare
 * {@code NullPointerException} or {@code IllegalArgumentException}. Adapters and integrators may use
 * them for their own types.
 *
 * <p>Two families: <em>strict</em> copies ({@link #list}, {@link #set}, {@link #map}) for views and
 * value objects, which refuse null and null elements with {@link ErrorCode#VALUE_REQUIRED}; and
 * <em>lenient</em> copies ({@link #lenientList}, {@link #lenientSet}, {@link #lenientMap}) for commands,
 * which keep null and null elements so that the SDK's Bean Validation reports each one as a violation
 * of the field.
 *
 * <p>Thread-safe: stateless.
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Refuses null.
     *
     * @param value the value, may be null
     * @param type  the type that needs it, e.g. {@code Appointment}, not null
     * @param field the component, not null
     * @param <T>   the value type
     * @return the value
     * @throws InvalidInputException with {@link ErrorCode#VALUE_REQUIRED}
     */
    public static <T> T required(T value, String type, String field) {
        if (value == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, String.valueOf(field),
                    Map.of("type", String.valueOf(type)));
        }
        return value;
    }

    /**
     * Strips every kind of space from both ends — ordinary spaces and tabs, and the no-break, narrow
     * no-break and other Unicode spaces that copy-and-paste brings — as a user would expect of a code.
     *
     * @param text the text, may be null
     * @return the stripped text, or null for null
     */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        // tab, line feed, vertical tab, form feed, carriage return; Unicode space separators; zero-width
        // space and byte-order mark. Not the other control characters (U+001C–U+001F are "whitespace"
        // to Character.isWhitespace): they are not spaces a user typed, and a code with them is refused.
        return (c >= '\t' && c <= '\r') || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /**
     * Whether text is well-formed Unicode without control characters: every surrogate is half of a
     * pair, and no character is a C0 control other than tab, line feed and carriage return, DEL, or a C1
     * control. Such text is stored by every storage as it was given (PostgreSQL refuses U+0000 and
     * replaces a lone surrogate).
     *
     * @param text the text; null is refused with {@link ErrorCode#VALUE_REQUIRED}
     * @return whether the text may be stored
     */
    public static boolean isWellFormed(CharSequence text) {
        required(text, "Arguments", "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)
                    || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007f' && c <= '\u009f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses text that is not {@linkplain #isWellFormed well-formed}.
     *
     * @param text  the text, may be null (returned as it is)
     * @param type  the type that needs it, not null
     * @param field the component, not null
     * @return the text
     * @throws InvalidInputException with {@link ErrorCode#TEXT_MALFORMED}
     */
    public static String wellFormed(String text, String type, String field) {
        if (text != null && !isWellFormed(text)) {
            throw SportelloException.invalidField(ErrorCode.TEXT_MALFORMED, String.valueOf(field),
                    Map.of("type", String.valueOf(type)));
        }
        return text;
    }

    /**
     * Upper-cases the ASCII letters only. Unlike {@link String#toUpperCase}, no other character becomes
     * an ASCII letter ({@code ß} → {@code SS}, {@code ſ} → {@code S}, {@code ı} → {@code I}), so that a code
     * with a letter outside ASCII is refused by its format check instead of being read as another code.
     *
     * @param text the text; null is refused with {@link ErrorCode#VALUE_REQUIRED}
     * @return the text with a–z upper-cased
     */
    public static String upperAscii(String text) {
        char[] chars = required(text, "Arguments", "text").toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * An error for a value outside what a type accepts.
     *
     * @param type   the type, not null
     * @param field  the component, not null
     * @param reason what is wrong, without personal data, not null
     * @return the exception, to be thrown by the caller
     */
    public static InvalidInputException invalid(String type, String field, String reason) {
        return SportelloException.invalidField(ErrorCode.VALUE_INVALID, String.valueOf(field),
                Map.of("type", String.valueOf(type), "reason", String.valueOf(reason)));
    }

    /**
     * An immutable copy that refuses null and null elements.
     *
     * @param list  the list, may be null
     * @param type  the type that needs it, not null
     * @param field the component, not null
     * @param <T>   the element type
     * @return the copy
     * @throws InvalidInputException with {@link ErrorCode#VALUE_REQUIRED}
     */
    public static <T> List<T> list(List<T> list, String type, String field) {
        required(list, type, field);
        for (int i = 0; i < list.size(); i++) {
            required(list.get(i), type, field + "[" + i + "]");
        }
        return List.copyOf(list);
    }

    /**
     * An immutable copy that refuses null and null elements.
     *
     * @param set   the set, may be null
     * @param type  the type that needs it, not null
     * @param field the component, not null
     * @param <T>   the element type
     * @return the copy
     * @throws InvalidInputException with {@link ErrorCode#VALUE_REQUIRED}
     */
    public static <T> Set<T> set(Set<T> set, String type, String field) {
        required(set, type, field);
        for (T element : set) {
            required(element, type, field + "[]");
        }
        return Set.copyOf(set);
    }

    /**
     * An immutable copy that refuses null, null keys and null values.
     *
     * @param map   the map, may be null
     * @param type  the type that needs it, not null
     * @param field the component, not null
     * @param <K>   the key type
     * @param <V>   the value type
     * @return the copy
     * @throws InvalidInputException with {@link ErrorCode#VALUE_REQUIRED}
     */
    public static <K, V> Map<K, V> map(Map<K, V> map, String type, String field) {
        required(map, type, field);
        for (Map.Entry<K, V> entry : map.entrySet()) {
            required(entry.getKey(), type, field + "<key>");
            required(entry.getValue(), type, field + "<value>");
        }
        return Map.copyOf(map);
    }

    /**
     * An unmodifiable copy that keeps null elements, for a command that Bean Validation checks next.
     *
     * @param list the list, may be null
     * @param <T>  the element type
     * @return the copy, or null for null
     */
    public static <T> List<T> lenientList(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy, in iteration order, that keeps a null element, for a command that Bean
     * Validation checks next.
     *
     * @param set the set, may be null
     * @param <T> the element type
     * @return the copy, or null for null
     */
    public static <T> Set<T> lenientSet(Set<T> set) {
        return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    /**
     * An unmodifiable copy, in iteration order, that keeps null keys and values, for a command that Bean
     * Validation checks next.
     *
     * @param map the map, may be null
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy, or null for null
     */
    public static <K, V> Map<K, V> lenientMap(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
