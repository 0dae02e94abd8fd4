package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +393471234567}). The SDK builds these from user input with
 * libphonenumber, which also tells mobiles from landlines; this record only guarantees the form.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks all but the last three digits.
 *
 * @param e164 the number, never null
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    /**
     * Checks the E.164 form.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code phone}
     */
    public PhoneNumber {
        Arguments.required(e164, "PhoneNumber", "e164");
        if (!E164.matcher(e164).matches()) {
            throw SportelloException.invalidField(ErrorCode.USR_PHONE_UNPARSEABLE, "phone", Map.of());
        }
    }

    /** The number with every digit but the last three masked. */
    public String masked() {
        return "+" + "*".repeat(e164.length() - 4) + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
