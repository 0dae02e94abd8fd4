package dev.sportello.core.internal.entrypoints;

import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hostile values a sweep feeds to one parameter at a time: null, blanks, Unicode spaces, a lone
 * surrogate, control characters, a very long text, extreme numbers, instants, dates and durations, and
 * collections holding null.
 *
 * <p>Thread-safe: stateless.
 */
final class Hostile {
    private Hostile() {
    }

    static List<Object> of(Class<?> type, Type generic, Samples samples) {
        List<Object> values = new ArrayList<>();
        if (!type.isPrimitive()) {
            values.add(null);
        }
        if (type == String.class || type == CharSequence.class) {
            values.addAll(List.of("", "   ", "\u00a0\u202f", "\ud800", "a\u0000b\u007f", "x".repeat(100_000), "x"));
        } else if (type == int.class || type == Integer.class) {
            values.addAll(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        } else if (type == long.class || type == Long.class) {
            values.addAll(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        } else if (type == Instant.class) {
            values.addAll(List.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
        } else if (type == LocalDate.class) {
            values.addAll(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH));
        } else if (type == LocalTime.class) {
            values.addAll(List.of(LocalTime.MIN, LocalTime.MAX));
        } else if (type == Duration.class) {
            values.addAll(List.of(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE)));
        } else if (type == List.class || type == Collection.class) {
            List<Object> withNull = new ArrayList<>(Arrays.asList((Object) null));
            values.add(withNull);
            Object sample = samples.of(Samples.argument(generic, 0), Samples.typeArgument(generic, 0));
            if (sample != null) {
                List<Object> mixed = new ArrayList<>();
                mixed.add(sample);
                mixed.add(null);
                values.add(mixed);
            }
        } else if (type == Set.class) {
            Set<Object> withNull = new HashSet<>();
            withNull.add(null);
            values.add(withNull);
        } else if (type == Map.class) {
            Object key = samples.of(Samples.argument(generic, 0), Samples.typeArgument(generic, 0));
            Object value = samples.of(Samples.argument(generic, 1), Samples.typeArgument(generic, 1));
            Map<Object, Object> nullKey = new HashMap<>();
            nullKey.put(null, value);
            values.add(nullKey);
            if (key != null) {
                Map<Object, Object> nullValue = new HashMap<>();
                nullValue.put(key, null);
                values.add(nullValue);
            }
        } else if (type == byte[].class) {
            values.add(new byte[0]);
        } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
            values.add(java.lang.reflect.Array.newInstance(type.getComponentType(), 1));
        }
        return values;
    }

    /** A short, printable description of a hostile value for a failure message. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            if (s.length() > 40) {
                return "\"x\" × " + s.length();
            }
            StringBuilder out = new StringBuilder("\"");
            s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            return out.append('"').toString();
        }
        if (value instanceof Collection<?> c) {
            return c.getClass().getSimpleName() + " of " + c.size() + (c.contains(null) ? " with null" : "");
        }
        if (value instanceof Map<?, ?> m) {
            return "Map of " + m.size() + (m.containsKey(null) ? " with a null key" : m.containsValue(null)
                    ? " with a null value" : "");
        }
        if (value instanceof byte[] b) {
            return "byte[" + b.length + "]";
        }
        if (value instanceof Object[] a) {
            return value.getClass().getComponentType().getSimpleName() + "[" + a.length + "] with null";
        }
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            return value.getClass().getSimpleName() + " whose toString throws " + e.getClass().getSimpleName();
        }
    }
}
