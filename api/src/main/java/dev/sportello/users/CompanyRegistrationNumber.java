package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * A company's registration number with the institution (matricola aziendale INPS): 10 digits.
 *
 * <p>Immutable, valid by construction and thread-safe.
 *
 * @param value the 10 digits, never null
 */
public record CompanyRegistrationNumber(String value) {
    /**
     * Checks the format.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code registrationNumber}
     */
    public CompanyRegistrationNumber {
        Arguments.required(value, "CompanyRegistrationNumber", "value");
        value = Arguments.strip(value);
        if (value.length() != 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SportelloException.invalidField(ErrorCode.USR_REGISTRATION_NUMBER_FORMAT, "registrationNumber", Map.of());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
