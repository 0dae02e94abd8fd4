package dev.sportello.core.internal.users;

import dev.sportello.ErrorCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.users.Allowance;
import dev.sportello.users.FragileGround;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Eligibility for the fragile-users channel from the integrator's records and the age in the tax code (R-USR-5). */
class FragileChannelRulesTest {
    private static final Set<Allowance> NONE = Set.of();
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private UserProfile born(LocalDate birth, FragilityFacts facts) {
        UserProfile user = h.citizenBorn(birth);
        h.fragility.put((TaxCode) user.fiscalCode(), facts);
        return user;
    }

    private Set<FragileGround> grounds(UserProfile user) {
        return h.sdk.users().fragileEligibility(as(user), user.id());
    }

    @Nested
    @DisplayName("R-USR-5 (a) an allowance counts for those under 18 or aged 75 and over")
    class Allowances {
        @ParameterizedTest(name = "{0}")
        @EnumSource(Allowance.class)
        @DisplayName("R-USR-5 (a) each allowance counts for a child and an elderly person, not for an adult")
        void anAllowanceCountsForMinorsAndTheElderly(Allowance allowance) {
            FragilityFacts facts = new FragilityFacts(Set.of(allowance), false, false, false, false);
            assertThat(grounds(born(LocalDate.of(2016, 5, 1), facts))).containsExactly(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY);
            assertThat(grounds(born(LocalDate.of(1950, 5, 1), facts))).containsExactly(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY);
            assertThat(grounds(born(LocalDate.of(1981, 5, 1), facts))).isEmpty();
        }

        @Test
        @DisplayName("R-USR-5 (a) the age comes from the tax code on today's date: eligibility ends at the 18th birthday")
        void eligibilityEndsAtTheEighteenthBirthday() {
            UserProfile user = born(LocalDate.of(2008, 11, 24), new FragilityFacts(Set.of(Allowance.ATTENDANCE), false, false,
                    false, false));
            assertThat(grounds(user)).containsExactly(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY);
            h.clock.advance(Duration.ofDays(1));
            assertThat(grounds(user)).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-USR-5 (b) (c) (d) blindness and deafness at any age; elderly pensioners in Aosta, Trento, Bolzano")
    class OtherGrounds {
        @Test
        @DisplayName("R-USR-5 (b) (c) a civilly blind or deaf person is eligible at any age")
        void blindAndDeafAtAnyAge() {
            assertThat(grounds(born(LocalDate.of(1990, 1, 10), new FragilityFacts(NONE, true, false, false, false))))
                    .containsExactly(FragileGround.CIVILLY_BLIND);
            assertThat(grounds(born(LocalDate.of(1990, 1, 10), new FragilityFacts(NONE, false, true, false, false))))
                    .containsExactly(FragileGround.DEAF);
        }

        @Test
        @DisplayName("R-USR-5 (d) a pensioner aged 80 in the autonomous areas is eligible; at 79 or elsewhere not")
        void elderlyPensionersInTheAutonomousAreas() {
            FragilityFacts inArea = new FragilityFacts(NONE, false, false, true, true);
            assertThat(grounds(born(LocalDate.of(1946, 11, 23), inArea)))
                    .containsExactly(FragileGround.ELDERLY_PENSIONER_IN_AUTONOMOUS_AREA);
            assertThat(grounds(born(LocalDate.of(1946, 11, 24), inArea))).as("79 until tomorrow").isEmpty();
            assertThat(grounds(born(LocalDate.of(1940, 1, 1), new FragilityFacts(NONE, false, false, true, false))))
                    .isEmpty();
        }

        @Test
        @DisplayName("R-USR-5 a citizen without records and a company have no grounds")
        void noRecordsNoGrounds() {
            UserProfile plain = h.citizen();
            assertThat(grounds(plain)).isEmpty();
            UserProfile company = h.company();
            assertThat(h.sdk.users().fragileEligibility(PORTAL, company.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-USR-5 eligibility is personal data")
    class Access {
        @Test
        @DisplayName("R-USR-5 the user, their competent office and services read it; others are denied")
        void onlyTheUserAndTheirOfficeReadIt() {
            UserProfile deaf = h.deaf(h.citizen());
            UserProfile other = h.citizen();
            assertThat(h.sdk.users().fragileEligibility(CoreFixture.FRONT_OFFICE, deaf.id())).containsExactly(FragileGround.DEAF);
            fails(() -> h.sdk.users().fragileEligibility(as(other), deaf.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.users().fragileEligibility(CAGLIARI, deaf.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        }
    }
}
