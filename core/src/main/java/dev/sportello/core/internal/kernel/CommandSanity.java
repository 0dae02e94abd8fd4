package dev.sportello.core.internal.kernel;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Bean Validation cannot say about a command, checked for every command at the boundary by walking
 * its record components (and nested records, collections and maps): text must be well-formed Unicode
 * without control characters — a lone surrogate, U+0000 or DEL is refused with
 * {@link ErrorCode#TEXT_MALFORMED}, never replaced or dropped; a {@code @NotBlank} component made only of
 * Unicode spaces (which Bean Validation does not see as blank) is blank; and instants, dates and
 * durations must lie in the range the SDK computes with (years 1900 to 9999; durations from zero to 100
 * years), so that no date arithmetic later fails with a {@code DateTimeException} or an
 * {@code ArithmeticException}. A new command gets these checks without doing anything.
 *
 * <p>Thread-safe.
 */
final class CommandSanity {
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    static final Duration LONGEST = Duration.ofDays(36_525);
    private static final int MAX_DEPTH = 16;
    /**
     * What the walk does with a value of a class, decided once per class: type tests per value against interfaces
     * ({@code CharSequence}, {@code Collection}, {@code Map}) were a third of the walk, and from several threads
     * they contend on the class's one-entry cache of the last interface matched.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Kind kind = Kind.of(type);
            return new Shape(kind, kind == Kind.RECORD ? Component.of(type) : new Component[0]);
        }
    };

    /** A class's kind and, for a record class, its components. */
    private record Shape(Kind kind, Component[] components) {
    }

    /** What the walk checks of a value, by its class. */
    private enum Kind {
        TEXT, INSTANT, DATE, DURATION, OPTIONAL, COLLECTION, MAP, RECORD, OTHER;

        /** The first that applies, in this order (the order of the type tests it replaces). */
        static Kind of(Class<?> type) {
            if (CharSequence.class.isAssignableFrom(type)) {
                return TEXT;
            } else if (type == Instant.class) {
                return INSTANT;
            } else if (type == LocalDate.class) {
                return DATE;
            } else if (type == Duration.class) {
                return DURATION;
            } else if (type == Optional.class) {
                return OPTIONAL;
            } else if (Collection.class.isAssignableFrom(type)) {
                return COLLECTION;
            } else if (Map.class.isAssignableFrom(type)) {
                return MAP;
            }
            return type.isRecord() ? RECORD : OTHER;
        }
    }

    /** A record component with what the walk needs of it: its getter and whether it must not be blank. */
    private record Component(RecordAccessors.Accessor accessor, boolean notBlank) {
        static Component[] of(Class<?> type) {
            RecordAccessors.Accessor[] accessors = RecordAccessors.of(type);
            Component[] out = new Component[accessors.length];
            for (int i = 0; i < accessors.length; i++) {
                out[i] = new Component(accessors[i], accessors[i].method().isAnnotationPresent(NotBlank.class));
            }
            return out;
        }

        /** The component's value, or null when this module may not read it (then there is nothing to check). */
        Object read(Object record) {
            return accessor.getter() == null ? null : accessor.getter().apply(record);
        }
    }

    /**
     * Where a value sits in the command: a field of the parent, an element of a list, or a map's key or
     * value. Made into text only when a violation names it, so that a valid command builds no paths.
     */
    private record Path(Path parent, String name, int index) {
        static final Path ROOT = new Path(null, "", -1);

        Path field(String field) {
            return new Path(this, field, -1);
        }

        Path element(int at) {
            return new Path(this, null, at);
        }

        Path raw(String suffix) {
            return new Path(this, suffix, -2);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return name;
            }
            String before = parent.toString();
            if (name == null) {
                return before + "[" + index + "]";
            }
            return index == -2 || before.isEmpty() ? before + name : before + "." + name;
        }
    }

    private CommandSanity() {
    }

    /**
     * Refuses malformed text at once, and returns the out-of-range values as violations.
     *
     * @param command the command, not null
     * @return the range violations, in field order; empty if none
     * @throws dev.sportello.InvalidInputException with {@code TEXT_MALFORMED} naming the field
     */
    static List<Violation> check(Object command) {
        List<Violation> violations = new ArrayList<>();
        walk(command, Path.ROOT, violations, 0);
        return violations;
    }

    private static void walk(Object value, Path path, List<Violation> violations, int depth) {
        if (value == null) {
            return;
        }
        if (depth > MAX_DEPTH) {
            violations.add(new Violation(path.toString(), "Depth", "nested deeper than " + MAX_DEPTH + " levels"));
            return;
        }
        Shape shape = SHAPES.get(value.getClass());
        switch (shape.kind()) {
            case TEXT -> {
                if (!Arguments.isWellFormed((CharSequence) value)) {
                    String at = path.toString();
                    throw SportelloException.invalidField(ErrorCode.TEXT_MALFORMED, at.isEmpty() ? "value" : at, Map.of());
                }
            }
            case INSTANT -> {
                Instant instant = (Instant) value;
                if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                    violations.add(new Violation(path.toString(), "Range", "must be between 1900-01-01 and 9999-12-31"));
                }
            }
            case DATE -> {
                LocalDate date = (LocalDate) value;
                if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
                    violations.add(new Violation(path.toString(), "Range", "must be between 1900-01-01 and 9999-12-31"));
                }
            }
            case DURATION -> {
                Duration duration = (Duration) value;
                if (duration.isNegative() || duration.compareTo(LONGEST) > 0) {
                    violations.add(new Violation(path.toString(), "Range", "must be between zero and 100 years"));
                }
            }
            case OPTIONAL -> ((Optional<?>) value).ifPresent(v -> walk(v, path, violations, depth + 1));
            case COLLECTION -> {
                int i = 0;
                for (Object element : (Collection<?>) value) {
                    walk(element, path.element(i++), violations, depth + 1);
                }
            }
            case MAP -> {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    walk(entry.getKey(), path.raw("<key>"), violations, depth + 1);
                    walk(entry.getValue(), path.raw("[" + entry.getKey() + "]"), violations, depth + 1);
                }
            }
            case RECORD -> {
                for (Component component : shape.components()) {
                    Object child = component.read(value);
                    Path at = path.field(component.accessor().name());
                    if (component.notBlank() && child instanceof CharSequence text && Arguments.strip(text.toString()).isEmpty()) {
                        // Bean Validation's @NotBlank trims only up to U+0020: no-break and other Unicode spaces are blank too
                        violations.add(new Violation(at.toString(), "NotBlank", "required, must not be blank"));
                    }
                    walk(child, at, violations, depth + 1);
                }
            }
            default -> {
                // numbers, enums, ids that are not records: nothing to check
            }
        }
    }
}
