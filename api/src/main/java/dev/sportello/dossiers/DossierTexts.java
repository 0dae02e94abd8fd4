package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks shared by the dossier value objects. Thread-safe (stateless). */
final class DossierTexts {
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    private DossierTexts() {
    }

    /** Required text of 1 to max characters, well-formed, not blank; never altered. */
    static String text(String value, String type, String field, int max) {
        Arguments.required(value, type, field);
        Arguments.wellFormed(value, type, field);
        if (value.isBlank() || value.length() > max) {
            throw Arguments.invalid(type, field, "1 to " + max + " characters, not blank");
        }
        return value;
    }

    /** Optional text: null, or text of 1 to max characters. */
    static String optionalText(String value, String type, String field, int max) {
        return value == null ? null : text(value, type, field, max);
    }

    /** A source system's id of a payment, a measure or a document. */
    static String sourceId(String value, String type, String field) {
        Arguments.required(value, type, field);
        if (!SOURCE_ID.matcher(value).matches()) {
            throw Arguments.invalid(type, field, "1-64 letters, digits, . _ / or -, starting with a letter or digit");
        }
        return value;
    }

    /** A date between 1900 and 9999. */
    static LocalDate date(LocalDate value, String type, String field) {
        Arguments.required(value, type, field);
        if (value.getYear() < 1900 || value.getYear() > 9999) {
            throw Arguments.invalid(type, field, "a date between 1900 and 9999");
        }
        return value;
    }
}
