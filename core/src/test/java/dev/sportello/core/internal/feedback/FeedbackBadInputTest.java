package dev.sportello.core.internal.feedback;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.feedback.Feedback;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.requests.Request;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Each bad rating is refused with a stable code and the field, and stores nothing (R-DOS-6). */
class FeedbackBadInputTest {
    private final CoreFixture h = new CoreFixture();
    private final FeedbackRig rig = new FeedbackRig(h);
    private final UserProfile user = h.citizen();

    @AfterEach
    void close() {
        h.close();
    }

    private SportelloException refused(int rating, String suggestion, ErrorCode code) {
        Request closed = rig.closedRequest(user);
        SportelloException e = fails(() -> rig.rate(user, closed, rating, suggestion), code);
        SportelloException onService = fails(() -> h.sdk.feedback().give(as(user),
                new GiveFeedback(new FeedbackTarget.WholeService(), rating, suggestion)), code);
        assertThat(onService.details()).isEqualTo(e.details());
        assertThat(rig.stored()).as("nothing stored").isZero();
        return e;
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 10, Integer.MAX_VALUE})
    void aRatingOutOfRange(int rating) {
        SportelloException e = refused(rating, "testo", ErrorCode.FBK_RATING_OUT_OF_RANGE);
        assertThat(e.details()).containsEntry("field", "rating").containsEntry("min", "1").containsEntry("max", "5");
    }

    @Test
    void theRatingsAtTheEdgesAreAccepted() {
        assertThat(rig.rate(user, rig.closedRequest(user), 1, null).rating()).isEqualTo(1);
        assertThat(rig.rate(user, rig.closedRequest(user), 5, null).rating()).isEqualTo(5);
    }

    @Test
    void anOverLongSuggestionCountedInCodePoints() {
        SportelloException e = refused(3, "a".repeat(Feedback.SUGGESTION_MAX_LENGTH + 1), ErrorCode.FBK_SUGGESTION_TOO_LONG);
        assertThat(e.details()).containsEntry("field", "suggestion").containsEntry("max", "2000");
        refused(3, "😀".repeat(Feedback.SUGGESTION_MAX_LENGTH + 1), ErrorCode.FBK_SUGGESTION_TOO_LONG);
        String longest = "😀".repeat(Feedback.SUGGESTION_MAX_LENGTH);
        assertThat(longest.length()).isEqualTo(4_000);
        assertThat(rig.rate(user, rig.closedRequest(user), 3, longest).suggestion()).as("2000 emoji fit").isEqualTo(longest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00a0\u2009\u200b"})
    void aBlankSuggestion(String blank) {
        SportelloException e = refused(4, blank, ErrorCode.FBK_SUGGESTION_BLANK);
        assertThat(e.details()).containsEntry("field", "suggestion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ciao\u0000", "lone \ud800 surrogate", "del\u007f", "c1\u0085", "\udc00"})
    void aMalformedSuggestion(String malformed) {
        SportelloException e = refused(4, malformed, ErrorCode.TEXT_MALFORMED);
        assertThat(e.details()).containsEntry("field", "suggestion");
    }

    @Test
    void aNullCommandOrTarget() {
        fails(() -> h.sdk.feedback().give(as(user), null), ErrorCode.VALIDATION_FAILED);
        fails(() -> h.sdk.feedback().give(as(user), new GiveFeedback(null, 3, null)), ErrorCode.VALIDATION_FAILED);
        fails(() -> h.sdk.feedback().give(null, new GiveFeedback(new FeedbackTarget.WholeService(), 3, null)),
                ErrorCode.VALIDATION_FAILED);
        fails(() -> new FeedbackTarget.ClosedRequest(null), ErrorCode.VALUE_REQUIRED);
        assertThat(rig.stored()).isZero();
    }
}
