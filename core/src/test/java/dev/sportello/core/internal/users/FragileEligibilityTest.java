package dev.sportello.core.internal.users;

import dev.sportello.users.Allowance;
import dev.sportello.users.FragileGround;
import dev.sportello.users.FragilityFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** R-USR-5, ground by ground, at the age boundaries. */
class FragileEligibilityTest {
    private static final Set<Allowance> NONE = Set.of();

    @ParameterizedTest(name = "allowance at {0}: {1}")
    @CsvSource({"0, true", "17, true", "18, false", "45, false", "74, false", "75, true", "99, true"})
    void anAllowanceCountsUnder18AndFrom75(int age, boolean eligible) {
        for (Allowance allowance : Allowance.values()) {
            FragilityFacts facts = new FragilityFacts(Set.of(allowance), false, false, false, false);
            assertThat(FragileEligibility.grounds(facts, age).contains(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY))
                    .as("%s at %d", allowance, age).isEqualTo(eligible);
        }
    }

    @Test
    void civilBlindnessAndDeafnessCountAtAnyAge() {
        for (int age : new int[]{0, 30, 101}) {
            assertThat(FragileEligibility.grounds(new FragilityFacts(NONE, true, false, false, false), age))
                    .containsExactly(FragileGround.CIVILLY_BLIND);
            assertThat(FragileEligibility.grounds(new FragilityFacts(NONE, false, true, false, false), age))
                    .containsExactly(FragileGround.DEAF);
        }
    }

    @ParameterizedTest(name = "pensioner aged {0}, in the autonomous area {1}: {2}")
    @CsvSource({"79, true, false", "80, true, true", "92, true, true", "85, false, false"})
    void anElderlyPensionerCountsOnlyInAostaTrentoOrBolzano(int age, boolean area, boolean eligible) {
        FragilityFacts facts = new FragilityFacts(NONE, false, false, true, area);
        assertThat(FragileEligibility.grounds(facts, age).contains(FragileGround.ELDERLY_PENSIONER_IN_AUTONOMOUS_AREA))
                .isEqualTo(eligible);
        assertThat(FragileEligibility.grounds(new FragilityFacts(NONE, false, false, false, area), age)).isEmpty();
    }

    @Test
    void groundsAddUpAndNoFactsGiveNone() {
        FragilityFacts all = new FragilityFacts(Set.of(Allowance.COMMUNICATION), true, true, true, true);
        assertThat(FragileEligibility.grounds(all, 81)).containsExactlyInAnyOrder(FragileGround.values());
        assertThat(FragileEligibility.grounds(new FragilityFacts(NONE, false, false, false, false), 81)).isEmpty();
    }
}
