package dev.sportello.users;

import dev.sportello.Arguments;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the institution's records say about a citizen for the fragile-users channel (R-USR-5). Supplied
 * by the integrator through {@link dev.sportello.users.spi.FragilityRegister}; the age comes from the tax code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowances                   the allowances received, not null
 * @param civillyBlind                 recognised as civilly blind
 * @param deaf                         recognised as deaf
 * @param pensioner                    receives a pension
 * @param residentInAostaTrentoBolzano resident in Valle d'Aosta or in the autonomous provinces of Trento
 *                                     and Bolzano
 */
public record FragilityFacts(Set<Allowance> allowances, boolean civillyBlind, boolean deaf, boolean pensioner,
                             boolean residentInAostaTrentoBolzano) {
    /** Copies the allowances. */
    public FragilityFacts {
        allowances = Arguments.set(allowances, "FragilityFacts", "allowances");
    }

    /** The facts of a deaf citizen who receives no allowance. */
    public static FragilityFacts deafPerson() {
        return new FragilityFacts(EnumSet.noneOf(Allowance.class), false, true, false, false);
    }
}
