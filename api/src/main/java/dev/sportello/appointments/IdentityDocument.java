package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * An identity document as the operator reads it. The number is masked before it is stored: only its
 * first two and last two characters are kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type         the kind of document, required
 * @param number       the document number, 5 to 20 letters and digits, required
 * @param issuedOn     the issue date, required
 * @param expiresOn    the expiry date, required; not before the appointment's date
 * @param photoPresent whether the document carries the holder's photo; must be true
 */
public record IdentityDocument(@NotNull IdentityDocumentType type,
                               @NotNull @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "must be 5 to 20 letters or digits")
                               String number,
                               @NotNull LocalDate issuedOn, @NotNull LocalDate expiresOn, boolean photoPresent) {
    @Override
    public String toString() {
        return "IdentityDocument[" + type + ", " + IdentityCheck.mask(number) + ", issued " + issuedOn + ", expires "
                + expiresOn + ", photo " + photoPresent + "]";
    }
}
