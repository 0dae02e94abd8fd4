package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * A person's Italian tax code (codice fiscale): 16 characters with a check character. Omocodia
 * variants, where the Revenue Agency replaced digits by the letters {@code LMNPQRSTUV}, are accepted.
 * The birth date, sex and birthplace code are derived from it (later rules use the age).
 *
 * <p>Immutable, valid by construction and thread-safe. {@link #toString()} masks the code so that it
 * never reaches a log line in full.
 *
 * @param value the code in upper case, never null
 */
public record TaxCode(String value) implements FiscalCode {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    /** Positions that hold digits, or their omocodia letters. */
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final int[] ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    /**
     * Checks length, characters per position, the encoded date and the check character.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code taxCode} and the reason
     */
    public TaxCode {
        value = check(Arguments.required(value, "TaxCode", "value"), "taxCode");
    }

    /**
     * Reads a tax code typed by a user (spaces around and lower case are tolerated), reporting errors
     * against the given field name.
     *
     * @param text  the code, not null
     * @param field the input field, for the error
     * @return the code
     */
    public static TaxCode parse(String text, String field) {
        return new TaxCode(check(text, field));
    }

    private static String check(String raw, String field) {
        Arguments.required(raw, "TaxCode", field == null ? "taxCode" : field);
        String code = Arguments.upperAscii(Arguments.strip(raw));
        if (code.length() != 16) {
            throw SportelloException.invalidField(ErrorCode.USR_TAX_CODE_LENGTH, field,
                    Map.of("length", Integer.toString(code.length())));
        }
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            boolean ok = switch (i) {
                case 6, 7, 9, 10, 12, 13, 14 -> isDigit(c) || OMOCODIA.indexOf(c) >= 0;
                case 8 -> MONTHS.indexOf(c) >= 0;
                default -> c >= 'A' && c <= 'Z';
            };
            if (!ok) {
                throw SportelloException.invalidField(ErrorCode.USR_TAX_CODE_CHARACTERS, field,
                        Map.of("position", Integer.toString(i + 1)));
            }
        }
        if (checkCharacter(code) != code.charAt(15)) {
            throw SportelloException.invalidField(ErrorCode.USR_TAX_CODE_CHECK_CHARACTER, field, Map.of());
        }
        String base = decodeOmocodia(code);
        int day = Integer.parseInt(base.substring(9, 11));
        int dayOfMonth = day > 40 ? day - 40 : day;
        int month = MONTHS.indexOf(base.charAt(8)) + 1;
        int year = Integer.parseInt(base.substring(6, 8));
        try {
            // a leap year of both candidate centuries (except 1900, which 2000 covers) is checked below
            LocalDate.of(2000 + year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw SportelloException.invalidField(ErrorCode.USR_TAX_CODE_BIRTH_DATE, field, Map.of());
        }
        return code;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Computes the check character of the first 15 characters of a code.
     *
     * @param code at least 15 characters, upper case
     * @return the check letter
     */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static String decodeOmocodia(String code) {
        char[] chars = code.toCharArray();
        for (int position : DIGIT_POSITIONS) {
            int letter = OMOCODIA.indexOf(chars[position]);
            if (letter >= 0) {
                chars[position] = (char) ('0' + letter);
            }
        }
        return new String(chars);
    }

    /** Whether the Revenue Agency replaced digits by letters (omocodia). */
    public boolean isOmocode() {
        return !decodeOmocodia(value).equals(value);
    }

    /**
     * The code with the original digits restored and the check character recomputed: users are unique,
     * and found, in this form (an omocodia variant of a registered code is the same code).
     */
    @Override
    public String canonical() {
        String base = decodeOmocodia(value).substring(0, 15);
        return base + checkCharacter(base);
    }

    /** The sex encoded in the code. */
    public Sex sex() {
        return Integer.parseInt(decodeOmocodia(value).substring(9, 11)) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** The cadastral code of the birthplace (a municipality, or Z… for a foreign country). */
    public MunicipalityCode birthplace() {
        return new MunicipalityCode(decodeOmocodia(value).substring(11, 15));
    }

    /**
     * The birth date. The code holds only two digits of the year: the century is the latest one that
     * does not put the birth after {@code today}.
     *
     * @param today the reference day (from the SDK clock); null is refused with {@code VALUE_REQUIRED}
     * @return the birth date
     */
    public LocalDate birthDate(LocalDate today) {
        Arguments.required(today, "TaxCode", "today");
        String base = decodeOmocodia(value);
        int yy = Integer.parseInt(base.substring(6, 8));
        int month = MONTHS.indexOf(base.charAt(8)) + 1;
        int day = Integer.parseInt(base.substring(9, 11));
        int dayOfMonth = day > 40 ? day - 40 : day;
        int century = today.getYear() / 100 * 100;
        for (int candidateCentury = century; candidateCentury >= century - 200; candidateCentury -= 100) {
            try {
                LocalDate date = LocalDate.of(candidateCentury + yy, month, dayOfMonth);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // 29 February in a non-leap century: try the previous one
            }
        }
        throw Arguments.invalid("TaxCode", "today", "no birth date of the code falls on or before this day");
    }

    /**
     * The age in whole years on a day.
     *
     * @param day the day, not null
     * @return the age
     */
    public int ageOn(LocalDate day) {
        Arguments.required(day, "TaxCode", "day");
        return Period.between(birthDate(day), day).getYears();
    }

    /** The code with all but the first 3 and last character masked, for logs and messages. */
    @Override
    public String toString() {
        return value.substring(0, 3) + "************" + value.charAt(15);
    }
}
