package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * A company's 11-digit tax code, which is also its VAT number (partita IVA), with its check digit.
 *
 * <p>Immutable, valid by construction and thread-safe.
 *
 * @param value the 11 digits, never null
 */
public record CompanyTaxCode(String value) implements FiscalCode {

    /**
     * Checks the format and the check digit.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code vatNumber} and the reason
     */
    public CompanyTaxCode {
        value = check(Arguments.required(value, "CompanyTaxCode", "value"), "vatNumber");
    }

    /**
     * Reads a VAT number typed by a user, reporting errors against the given field.
     *
     * @param text  the number; spaces of any kind around it and an {@code IT} prefix (optionally followed by
     *              spaces) are tolerated
     * @param field the input field, for the error
     * @return the code
     */
    public static CompanyTaxCode parse(String text, String field) {
        return new CompanyTaxCode(check(text, field));
    }

    private static String check(String raw, String field) {
        Arguments.required(raw, "CompanyTaxCode", field == null ? "vatNumber" : field);
        String digits = withoutPrefix(Arguments.strip(raw));
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SportelloException.invalidField(ErrorCode.USR_VAT_NUMBER_FORMAT, field, Map.of());
        }
        if (digits.startsWith("0000000")) {
            // the first seven digits number the company; all zeros is no company, whatever the check digit says
            throw SportelloException.invalidField(ErrorCode.USR_VAT_NUMBER_FORMAT, field, Map.of());
        }
        if (checkDigit(digits) != digits.charAt(10) - '0') {
            throw SportelloException.invalidField(ErrorCode.USR_VAT_NUMBER_CHECK_DIGIT, field, Map.of());
        }
        return digits;
    }

    /**
     * The check digit of the first 10 digits (the Luhn scheme used for partita IVA).
     *
     * @param digits at least 10 digits
     * @return the check digit, 0 to 9
     */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The text without an {@code IT} country prefix (any case) and the spaces that may follow it.
     *
     * @param text stripped text, not null
     * @return the text after the prefix, or the text itself
     */
    static String withoutPrefix(String text) {
        if (text.length() > 2 && (text.charAt(0) == 'I' || text.charAt(0) == 'i')
                && (text.charAt(1) == 'T' || text.charAt(1) == 't')) {
            return Arguments.strip(text.substring(2));
        }
        return text;
    }

    /** A company tax code is its own canonical form. */
    @Override
    public String canonical() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
