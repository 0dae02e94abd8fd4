package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded identification (R-APT-5): the document seen, its masked number, and who checked it when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type         the kind of document, not null
 * @param maskedNumber the number with all but its first two and last two characters masked, not null
 * @param issuedOn     the issue date, not null
 * @param expiresOn    the expiry date, not null
 * @param photoPresent whether the document had a photo
 * @param checkedBy    the operator, not null
 * @param checkedAt    when, not null
 */
public record IdentityCheck(IdentityDocumentType type, String maskedNumber, LocalDate issuedOn, LocalDate expiresOn,
                            boolean photoPresent, OperatorId checkedBy, Instant checkedAt) {
    /** Checks the components. */
    public IdentityCheck {
        Arguments.required(type, "IdentityCheck", "type");
        Arguments.required(maskedNumber, "IdentityCheck", "maskedNumber");
        Arguments.required(issuedOn, "IdentityCheck", "issuedOn");
        Arguments.required(expiresOn, "IdentityCheck", "expiresOn");
        Arguments.required(checkedBy, "IdentityCheck", "checkedBy");
        Arguments.required(checkedAt, "IdentityCheck", "checkedAt");
    }

    /**
     * Masks a document number: {@code CA12345AB} becomes {@code CA*****AB}; numbers of 6 characters or
     * fewer keep only their last character.
     *
     * @param number the number; null gives an empty text
     * @return the masked number, as long as the original
     */
    public static String mask(String number) {
        if (number == null) {
            return "";
        }
        int n = number.length();
        if (n <= 6) {
            return "*".repeat(Math.max(0, n - 1)) + number.substring(Math.max(0, n - 1));
        }
        return number.substring(0, 2) + "*".repeat(n - 4) + number.substring(n - 2);
    }
}
