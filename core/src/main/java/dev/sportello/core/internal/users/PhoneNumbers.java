package dev.sportello.core.internal.users;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.users.PhoneNumber;

import java.util.Locale;
import java.util.Map;

/**
 * Reads phone numbers typed by users with libphonenumber (Italian numbers may omit +39) and tells
 * mobiles from landlines.
 *
 * <p>Thread-safe.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * Reads a mobile number.
     *
     * @param input what the user typed: digits, an optional leading {@code +}, spaces and {@code ( ) - . /}
     * @param field the input field, for errors
     * @return the number in E.164 form
     * @throws dev.sportello.InvalidInputException {@code USR_PHONE_UNPARSEABLE}, {@code USR_PHONE_INVALID}
     *         or {@code USR_PHONE_NOT_MOBILE}
     */
    public static PhoneNumber mobile(String input, String field) {
        if (!plausible(input)) {
            // libphonenumber drops or converts letters and other marks, which can turn a mistyped number
            // into another valid one: a verification code would go to a stranger
            throw SportelloException.invalidField(ErrorCode.USR_PHONE_UNPARSEABLE, field, Map.of());
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(asciiSpaces(input), "IT");
        } catch (NumberParseException e) {
            throw SportelloException.invalidField(ErrorCode.USR_PHONE_UNPARSEABLE, field, Map.of());
        }
        if (!UTIL.isValidNumber(number)) {
            throw SportelloException.invalidField(ErrorCode.USR_PHONE_INVALID, field, Map.of());
        }
        PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(number);
        if (type != PhoneNumberUtil.PhoneNumberType.MOBILE && type != PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw SportelloException.invalidField(ErrorCode.USR_PHONE_NOT_MOBILE, field,
                    Map.of("lineType", type.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** The text with every kind of space written as an ASCII space (libphonenumber knows only those). */
    private static String asciiSpaces(String input) {
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    /**
     * Whether the text holds only what people write in a phone number: ASCII digits, a leading plus,
     * spaces of any kind, and the separators {@code ( ) - . /}. Letters (vanity numbers, extensions) and
     * anything else are refused before parsing.
     */
    static boolean plausible(String input) {
        if (input == null || input.isEmpty() || input.length() > 40) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return digits > 0;
    }
}
