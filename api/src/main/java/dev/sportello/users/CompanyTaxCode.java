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
     * @param text  the number, not null; spaces around and an {@code IT} prefix are tolerated
     * @param field the input field, for the error
     * @return the code
     */
    public static CompanyTaxCode parse(String text, String field) {
        return new CompanyTaxCode(check(text, field));
    }

    private static String check(String raw, String field) {
        Arguments.required(raw, "CompanyTaxCode", field == null ? "vatNumber" : field);
        String digits = Arguments.strip(raw);
        if (digits.startsWith("IT") || digits.startsWith("it")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
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

    @Override
    public String toString() {
        return value;
    }
}
