package dev.sportello.fragile;

import dev.sportello.users.TaxCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Identifies a caller of the fragile-users line by the tax code and the personal code they read out. Case,
 * spaces and hyphens in the code do not matter ({@code xk7m-a3fh}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides both codes.
 *
 * @param taxCode      the caller's tax code, required
 * @param personalCode the personal code as the caller reads it, required, at most 40 characters
 */
public record IdentifyCaller(@NotNull TaxCode taxCode, @NotNull @Size(max = 40) String personalCode) {
    @Override
    public String toString() {
        return "IdentifyCaller[taxCode=" + taxCode + ", personalCode=***]";
    }
}
