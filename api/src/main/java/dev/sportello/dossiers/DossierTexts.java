package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.LocalDate;

/** Checks shared by the dossier value objects. Thread-safe (stateless). */
final class DossierTexts {

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
        if (!isSourceId(value)) {
            throw Arguments.invalid(type, field, "1-64 letters, digits, . _ / or -, starting with a letter or digit");
        }
        return value;
    }

    /**
     * Whether the text is a source id: {@code [A-Za-z0-9][A-Za-z0-9._/-]{0,63}}, tested char by char (a regular
     * expression matcher per id was a visible share of the feed's checks).
     *
     * @param value the text, not null
     * @return true when it has that form
     */
    static boolean isSourceId(String value) {
        int n = value.length();
        if (n == 0 || n > 64 || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is 5 to 42 ASCII letters, digits, spaces or {@code *} (an IBAN as given, or masked).
     *
     * @param value the text, not null
     * @return true when it has that form
     */
    static boolean isIbanText(String value) {
        int n = value.length();
        if (n < 5 || n > 42) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != ' ' && c != '*') {
                return false;
            }
        }
        return true;
    }

    /** Whether the char is an ASCII letter or digit (what {@code [A-Za-z0-9]} matches). */
    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
