package dev.sportello.appointments;

import dev.sportello.OperatorId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maskedNumber, "maskedNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(checkedBy, "checkedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * Masks a document number: {@code CA12345AB} becomes {@code CA*****AB}; numbers of 6 characters or
     * fewer keep only their last character.
     *
     * @param number the number, not null
     * @return the masked number, as long as the original
     */
    public static String mask(String number) {
        int n = number.length();
        if (n <= 6) {
            return "*".repeat(Math.max(0, n - 1)) + number.substring(Math.max(0, n - 1));
        }
        return number.substring(0, 2) + "*".repeat(n - 4) + number.substring(n - 2);
    }
}
