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
     * @param input what the user typed
     * @param field the input field, for errors
     * @return the number in E.164 form
     * @throws dev.sportello.InvalidInputException {@code USR_PHONE_UNPARSEABLE}, {@code USR_PHONE_INVALID}
     *         or {@code USR_PHONE_NOT_MOBILE}
     */
    public static PhoneNumber mobile(String input, String field) {
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(input, "IT");
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
}
