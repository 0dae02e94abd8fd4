package dev.sportello.core.internal.users;

import dev.sportello.users.FragileGround;
import dev.sportello.users.FragilityFacts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Fragile-users channel eligibility (R-USR-5) as a pure function of the records and the age: any of
 * (a) an attendance, special or communication allowance and an age under 18 or of 75 and over;
 * (b) civil blindness; (c) deafness; (d) a pension, an age of 80 or over and residence in Valle d'Aosta
 * or the provinces of Trento and Bolzano.
 *
 * <p>Thread-safe (stateless).
 */
public final class FragileEligibility {
    private FragileEligibility() {
    }

    /**
     * The grounds that apply.
     *
     * @param facts the records
     * @param age   the age in whole years on the day of the check
     * @return the grounds, empty if none
     */
    public static Set<FragileGround> grounds(FragilityFacts facts, int age) {
        Set<FragileGround> grounds = EnumSet.noneOf(FragileGround.class);
        if (!facts.allowances().isEmpty() && (age < 18 || age >= 75)) {
            grounds.add(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY);
        }
        if (facts.civillyBlind()) {
            grounds.add(FragileGround.CIVILLY_BLIND);
        }
        if (facts.deaf()) {
            grounds.add(FragileGround.DEAF);
        }
        if (facts.pensioner() && age >= 80 && facts.residentInAostaTrentoBolzano()) {
            grounds.add(FragileGround.ELDERLY_PENSIONER_IN_AUTONOMOUS_AREA);
        }
        return Set.copyOf(grounds);
    }
}
