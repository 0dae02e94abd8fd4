package dev.sportello.users;

import dev.sportello.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registers a citizen (R-USR-1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param taxCode   the person's tax code, required
 * @param name      full name as shown in messages, 1–200 characters
 * @param residence municipality of residence, which decides the competent office (R-USR-4), required
 * @param language  preferred language, required
 */
public record RegisterCitizen(@NotNull TaxCode taxCode, @NotBlank @Size(max = 200) String name,
                              @NotNull MunicipalityCode residence, @NotNull Language language) implements Registration {
    @Override
    public FiscalCode fiscalCode() {
        return taxCode;
    }
}
