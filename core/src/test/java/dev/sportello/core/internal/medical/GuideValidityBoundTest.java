package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.MedicalSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Period;

import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The bound of {@link MedicalSettings.Builder#guideValidity(Period)}: one day to two years, no nonsense mixes. */
class GuideValidityBoundTest {

    @ParameterizedTest
    @ValueSource(strings = {"P1D", "P180D", "P730D", "P6M", "P1Y6M", "P3M15D", "P23M30D", "P1Y11M30D", "P2Y", "P24M",
            "P1Y"})
    void periodsWithinTwoYearsAreAccepted(String text) {
        Period period = Period.parse(text);
        assertThat(MedicalSettings.builder().guideValidity(period).build().guideValidity()).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P9Y11M3660D", "P10Y", "P9Y11M30D", "P731D", "P3660D", "P2Y1D", "P24M1D", "P25M",
            "P1Y12M", "P3M40D", "P1Y31D", "P0D", "P-1D", "P6M-1D", "P-1Y13M", "P2147483647Y"})
    void periodsBeyondTwoYearsOrMixedIntoNonsenseAreConfigInvalidNamingTheSetting(String text) {
        Period period = Period.parse(text);
        SportelloException e = fails(() -> MedicalSettings.builder().guideValidity(period), ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("field", "MedicalSettings.guideValidity");
        assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("MedicalSettings.guideValidity"));
    }

    @Test
    void aNullPeriodIsConfigInvalidAndTheDefaultIsSixMonths() {
        SportelloException e = fails(() -> MedicalSettings.builder().guideValidity(null), ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("field", "MedicalSettings.guideValidity");
        assertThat(MedicalSettings.defaults().guideValidity()).isEqualTo(Period.ofMonths(6));
        assertThat(MedicalSettings.MAX_GUIDE_VALIDITY_MONTHS).isEqualTo(24);
        assertThat(MedicalSettings.MAX_GUIDE_VALIDITY_DAYS).isEqualTo(730);
    }
}
