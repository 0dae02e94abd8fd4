package dev.sportello.users;

import dev.sportello.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registers an intermediary: a professional (tax code) or an organisation (company tax code) that acts
 * for companies or citizens under a mandate (R-USR-1, R-DEL-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param fiscalCode   tax code or company tax code, required
 * @param name         name, 1–200 characters
 * @param municipality municipality of the office or residence, required
 * @param language     preferred language, required
 */
public record RegisterIntermediary(@NotNull FiscalCode fiscalCode, @NotBlank @Size(max = 200) String name,
                                   @NotNull MunicipalityCode municipality, @NotNull Language language)
        implements Registration {
}
