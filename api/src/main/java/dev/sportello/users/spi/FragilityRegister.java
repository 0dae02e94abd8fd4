package dev.sportello.users.spi;

import dev.sportello.users.FragilityFacts;
import dev.sportello.users.TaxCode;

import java.util.Optional;

/**
 * The institution's records that decide fragile-users eligibility (R-USR-5): allowances, civil
 * blindness, deafness, pensions, residence. Read-only for the SDK; the default knows nobody.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface FragilityRegister {
    /**
     * The facts about a citizen.
     *
     * @param taxCode the citizen's tax code, not null
     * @return the facts, or empty if the records hold nothing
     */
    Optional<FragilityFacts> facts(TaxCode taxCode);
}
