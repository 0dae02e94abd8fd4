package dev.sportello.offices;

import dev.sportello.Arguments;
import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Code of a territorial office, e.g. {@code ROMA-TIBURTINO}; also the prefix of its protocol numbers.
 *
 * <p>Immutable, valid by construction and thread-safe.
 *
 * @param value 2–24 upper-case letters, digits or hyphens, not starting or ending with a hyphen
 */
public record OfficeCode(String value) implements AuditSubject {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]([A-Z0-9-]{0,22}[A-Z0-9])");

    /**
     * Checks the format.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code office}
     */
    public OfficeCode {
        Arguments.required(value, "OfficeCode", "value");
        if (!CODE.matcher(value).matches()) {
            throw SportelloException.invalidField(ErrorCode.OFF_CODE_FORMAT, "office", Map.of());
        }
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public String auditType() {
        return "office";
    }

    @Override
    public String auditId() {
        return value;
    }
}
