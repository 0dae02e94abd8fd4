package dev.sportello.spi;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks for the builders of SPI data: a mandatory field left unset, or a collection holding a null,
 * is an adapter's bug and fails with {@code ADAPTER_DATA_INVALID} naming the type and the field, never
 * with a bare {@code NullPointerException}.
 *
 * <p>Thread-safe (stateless).
 */
public final class Required {
    private Required() {
    }

    /**
     * A mandatory value.
     *
     * @param value the value
     * @param type  the data type, for the message
     * @param field the field, for the message
     * @param <T>   its type
     * @return the value, not null
     */
    public static <T> T value(T value, String type, String field) {
        if (value == null) {
            throw invalid(type, field);
        }
        return value;
    }

    /**
     * An immutable copy of a list without null elements.
     *
     * @param list  the list
     * @param type  the data type
     * @param field the field
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> List<T> list(List<T> list, String type, String field) {
        value(list, type, field);
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            throw invalid(type, field);
        }
    }

    /**
     * An immutable copy of a set without null elements.
     *
     * @param set   the set
     * @param type  the data type
     * @param field the field
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> Set<T> set(Set<T> set, String type, String field) {
        value(set, type, field);
        try {
            return Set.copyOf(set);
        } catch (NullPointerException e) {
            throw invalid(type, field);
        }
    }

    /**
     * An immutable copy of a map without null keys or values.
     *
     * @param map   the map
     * @param type  the data type
     * @param field the field
     * @param <K>   the key type
     * @param <V>   the value type
     * @return the copy
     */
    public static <K, V> Map<K, V> map(Map<K, V> map, String type, String field) {
        value(map, type, field);
        try {
            return Map.copyOf(map);
        } catch (NullPointerException e) {
            throw invalid(type, field);
        }
    }

    private static SportelloException invalid(String type, String field) {
        return SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, Map.of("type", String.valueOf(type), "field",
                String.valueOf(field)));
    }
}
