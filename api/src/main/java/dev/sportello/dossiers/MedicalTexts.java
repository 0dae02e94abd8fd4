package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.LocalDate;
import java.util.List;

/** Checks shared by the medical-report value objects. Thread-safe (stateless). */
final class MedicalTexts {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private MedicalTexts() {
    }

    /** A required, well-formed, stripped text of 1 to {@code max} characters. */
    static String text(String value, String type, String field, int max) {
        String stripped = Arguments.strip(Arguments.wellFormed(Arguments.required(value, type, field), type, field));
        if (stripped.isEmpty() || stripped.length() > max) {
            throw Arguments.invalid(type, field, "1 to " + max + " characters");
        }
        return stripped;
    }

    /** An optional text: null stays null, else as {@link #text}. */
    static String optionalText(String value, String type, String field, int max) {
        return value == null ? null : text(value, type, field, max);
    }

    /** A list of at most {@code maxItems} texts of at most {@code maxChars} characters each, copied. */
    static List<String> texts(List<String> values, String type, String field, int maxItems, int maxChars) {
        List<String> copy = Arguments.list(values, type, field);
        if (copy.size() > maxItems) {
            throw Arguments.invalid(type, field, "at most " + maxItems + " items");
        }
        return copy.stream().map(t -> text(t, type, field, maxChars)).toList();
    }

    /** A required date between 1900 and 2200. */
    static LocalDate date(LocalDate value, String type, String field) {
        Arguments.required(value, type, field);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw Arguments.invalid(type, field, "between 1900-01-01 and 2200-12-31");
        }
        return value;
    }
}
