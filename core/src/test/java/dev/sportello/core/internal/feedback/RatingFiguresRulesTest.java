package dev.sportello.core.internal.feedback;

import dev.sportello.ErrorCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.feedback.FeedbackArea;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.RatingFigures;
import dev.sportello.feedback.RatingFiguresQuery;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-DOS-6 with R-NOT-4's small-cell rule: ratings by area, office and month; a cell below the engagement
 * threshold shows neither its count nor its average.
 */
@DisplayName("R-DOS-6 rating figures by area, office and month, small cells suppressed")
class RatingFiguresRulesTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private void rateService(String municipality, int... ratings) {
        for (int rating : ratings) {
            UserProfile user = h.citizen(municipality);
            h.sdk.feedback().give(as(user), new GiveFeedback(new FeedbackTarget.WholeService(), rating, null));
        }
    }

    private List<RatingFigures> figures(OfficeCode office) {
        return h.sdk.feedback().figures(SUPERVISOR, new RatingFiguresQuery(NOVEMBER, NOVEMBER, office));
    }

    @Test
    void atTheDefaultThresholdOfThreeTwoRatingsAreSuppressedAndThreeAreShown() {
        rateService("H501", 5, 4);
        rateService("B354", 5, 4, 2);
        assertThat(figures(null)).containsExactly(
                new RatingFigures(FeedbackArea.SERVICE, TestOffices.CAGLIARI, NOVEMBER, new EngagementCount.Exact(3),
                        new BigDecimal("3.67")),
                new RatingFigures(FeedbackArea.SERVICE, TestOffices.ROMA, NOVEMBER, new EngagementCount.Suppressed(3), null));
        rateService("H501", 1);
        assertThat(figures(TestOffices.ROMA)).containsExactly(new RatingFigures(FeedbackArea.SERVICE, TestOffices.ROMA,
                NOVEMBER, new EngagementCount.Exact(3), new BigDecimal("3.33")));
    }

    @Test
    void theThresholdIsTheEngagementThresholdOfTheNotificationSettings() {
        h.close();
        h = new CoreFixture(b -> b.notifications(n -> n.engagementThreshold(5)));
        rateService("H501", 5, 5, 5, 5);
        assertThat(figures(TestOffices.ROMA)).singleElement().satisfies(f -> {
            assertThat(f.ratings()).isEqualTo(new EngagementCount.Suppressed(5));
            assertThat(f.ratings().display()).isEqualTo("<5");
            assertThat(f.average()).isNull();
        });
        rateService("H501", 2);
        assertThat(figures(TestOffices.ROMA)).singleElement().satisfies(f -> {
            assertThat(f.ratings()).isEqualTo(new EngagementCount.Exact(5));
            assertThat(f.average()).isEqualByComparingTo("4.40");
        });
    }

    @Test
    void cellsAreSplitByAreaAndMonthAndFilteredByOffice() {
        rateService("H501", 4, 4, 4);
        h.clock.set(CoreFixture.rome("2026-12-01T09:00:00"));
        rateService("H501", 2, 2, 3);
        rateService("B354", 1);
        List<RatingFigures> rows = h.sdk.feedback().figures(PORTAL, new RatingFiguresQuery(NOVEMBER, YearMonth.of(2026, 12),
                TestOffices.ROMA));
        assertThat(rows).extracting(RatingFigures::month, RatingFigures::average)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NOVEMBER, new BigDecimal("4.00")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 12), new BigDecimal("2.33")));
        assertThat(h.sdk.feedback().figures(BACK_OFFICE, new RatingFiguresQuery(NOVEMBER, NOVEMBER, TestOffices.ROMA)))
                .as("an office's back office reads its own figures").hasSize(1);
    }

    @Test
    void figuresAreForStaffOfTheOfficeOrForEveryOfficeForSupervisorsAndServices() {
        fails(() -> h.sdk.feedback().figures(BACK_OFFICE, new RatingFiguresQuery(NOVEMBER, NOVEMBER, null)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.feedback().figures(CAGLIARI, new RatingFiguresQuery(NOVEMBER, NOVEMBER, TestOffices.ROMA)),
                ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.feedback().figures(FRONT_OFFICE, new RatingFiguresQuery(NOVEMBER, NOVEMBER, TestOffices.ROMA)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.feedback().figures(as(h.citizen()), new RatingFiguresQuery(NOVEMBER, NOVEMBER, null)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void aBadRangeOfMonthsIsRefused() {
        for (RatingFiguresQuery bad : List.of(new RatingFiguresQuery(NOVEMBER, NOVEMBER.minusMonths(1), null),
                new RatingFiguresQuery(NOVEMBER, NOVEMBER.plusMonths(24), null),
                new RatingFiguresQuery(YearMonth.of(1899, 12), YearMonth.of(1900, 1), null),
                new RatingFiguresQuery(YearMonth.of(9999, 12), YearMonth.of(10000, 1), null),
                new RatingFiguresQuery(YearMonth.of(-5, 1), YearMonth.of(-5, 2), null))) {
            fails(() -> h.sdk.feedback().figures(PORTAL, bad), ErrorCode.FBK_RANGE_INVALID);
        }
        assertThat(h.sdk.feedback().figures(PORTAL, new RatingFiguresQuery(NOVEMBER, NOVEMBER.plusMonths(23), null)))
                .isEmpty();
        fails(() -> h.sdk.feedback().figures(PORTAL, new RatingFiguresQuery(null, NOVEMBER, null)),
                ErrorCode.VALIDATION_FAILED);
    }
}
