package dev.sportello.users;

import dev.sportello.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registers a company (R-USR-1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param vatNumber          the company tax code / VAT number, required
 * @param name               company name, 1–200 characters
 * @param registrationNumber the registration number with the institution (matricola), required
 * @param registeredSeat     municipality of the registered seat (decides the competent office), required
 * @param language           preferred language, required
 */
public record RegisterCompany(@NotNull CompanyTaxCode vatNumber, @NotBlank @Size(max = 200) String name,
                              @NotNull CompanyRegistrationNumber registrationNumber,
                              @NotNull MunicipalityCode registeredSeat, @NotNull Language language) implements Registration {
    @Override
    public FiscalCode fiscalCode() {
        return vatNumber;
    }
}
