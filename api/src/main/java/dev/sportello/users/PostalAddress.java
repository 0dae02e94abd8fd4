package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An Italian postal address, as a letter is addressed: the street line ({@code Via Roma 12, scala B}), the
 * five-digit postal code (CAP), the town and the two-letter province ({@code RM}). Spaces around each part are
 * stripped, runs of spaces inside become one, the town and province are upper-cased as Poste Italiane prints
 * them. A part may not hold a line break or a control character.
 *
 * <p>Immutable, valid by construction and thread-safe. {@link #toString()} masks the street and the town:
 * an address is personal data.
 *
 * @param street     the street, number and any detail, 1–60 characters, never null
 * @param postalCode the CAP, five digits, never null
 * @param town       the town, 1–40 characters, upper case, never null
 * @param province   the province's two-letter code, upper case, never null
 */
public record PostalAddress(String street, String postalCode, String town, String province) {
    private static final Pattern CAP = Pattern.compile("\\d{5}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Checks and normalises the parts.
     *
     * @throws dev.sportello.InvalidInputException with {@code USR_POSTAL_ADDRESS_INVALID} naming the part, or
     *                                             {@code TEXT_MALFORMED}
     */
    public PostalAddress {
        street = line(street, "street", 60);
        postalCode = line(postalCode, "postalCode", 5);
        town = line(town == null ? null : town.toUpperCase(java.util.Locale.ITALIAN), "town", 40);
        province = Arguments.upperAscii(line(province, "province", 2));
        if (!CAP.matcher(postalCode).matches()) {
            throw invalid("postalCode", "five digits");
        }
        if (!PROVINCE.matcher(province).matches()) {
            throw invalid("province", "two letters");
        }
    }

    private static String line(String value, String field, int max) {
        Arguments.required(value, "PostalAddress", field);
        Arguments.wellFormed(value, "PostalAddress", field);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            throw invalid(field, "one line");
        }
        String text = SPACES.matcher(Arguments.strip(value)).replaceAll(" ");
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            throw invalid(field, "1 to " + max + " characters");
        }
        return text;
    }

    private static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.USR_POSTAL_ADDRESS_INVALID, field, Map.of("reason", reason));
    }

    /**
     * The address as printed under the recipient's name: the street, then {@code CAP TOWN PROVINCE}.
     *
     * @return two lines, never null
     */
    public List<String> lines() {
        return List.of(street, postalCode + " " + town + " " + province);
    }

    @Override
    public String toString() {
        return "PostalAddress[***, " + postalCode + " *** " + province + "]";
    }
}
