package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A municipality: its cadastral code (codice catastale/Belfiore, e.g. {@code H501} for Rome;
 * {@code Z…} for foreign countries) or its ISTAT code (6 digits, e.g. {@code 058091}). Which office is
 * competent for it is data supplied by the integrator through the office directory (R-USR-4).
 *
 * <p>Immutable, valid by construction and thread-safe.
 *
 * @param value the code, upper case, never null
 */
public record MunicipalityCode(String value) {
    private static final Pattern CADASTRAL = Pattern.compile("[A-Z]\\d{3}");
    private static final Pattern ISTAT = Pattern.compile("\\d{6}");

    /**
     * Checks the format.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code municipality}
     */
    public MunicipalityCode {
        Arguments.required(value, "MunicipalityCode", "value");
        value = Arguments.upperAscii(Arguments.strip(value));
        if (!CADASTRAL.matcher(value).matches() && !ISTAT.matcher(value).matches()) {
            throw SportelloException.invalidField(ErrorCode.USR_MUNICIPALITY_CODE_FORMAT, "municipality", Map.of());
        }
    }

    /** Whether this is a cadastral code (letter and three digits). */
    public boolean isCadastral() {
        return value.length() == 4;
    }

    @Override
    public String toString() {
        return value;
    }
}
