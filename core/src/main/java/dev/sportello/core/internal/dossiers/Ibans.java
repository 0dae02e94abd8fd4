package dev.sportello.core.internal.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Map;

/**
 * IBANs of payment methods: checked with iban4j (country, length, structure, check digits), kept in
 * electronic format (no spaces, upper case), shown masked. Never logged.
 *
 * <p>Thread-safe (stateless).
 */
final class Ibans {
    private Ibans() {
    }

    /**
     * The IBAN in electronic format, checked.
     *
     * @param iban  as given (electronic or print format)
     * @param field the field, for the error
     * @return the electronic format
     * @throws dev.sportello.InvalidInputException with {@code DOS_IBAN_INVALID}
     */
    static String checked(String iban, String field) {
        String compact = Arguments.upperAscii(iban.replace(" ", ""));
        try {
            IbanUtil.validate(compact);
            return compact;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            throw SportelloException.invalidField(ErrorCode.DOS_IBAN_INVALID, field, Map.of());
        }
    }

    /**
     * The IBAN masked in groups of four: country and check digits, then asterisks, then the last four
     * characters, e.g. {@code IT60 **** **** **** **** ***2 345} becomes {@code IT60 **** … 2345}.
     *
     * @param iban the electronic format
     * @return the masked text
     */
    static String masked(String iban) {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append(i < 4 || i >= iban.length() - 4 ? iban.charAt(i) : '*');
        }
        return masked.toString();
    }
}
