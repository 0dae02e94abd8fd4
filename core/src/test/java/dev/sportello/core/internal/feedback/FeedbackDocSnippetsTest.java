package dev.sportello.core.internal.feedback;

import dev.sportello.ConflictException;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.RatingFigures;
import dev.sportello.feedback.RatingFiguresQuery;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.TriageSuggestion;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.Request;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The java blocks of docs/feedback.md are the code between the snippet markers below, in order, and that code
 * runs: each test executes its snippet on the SDK over the memory storage and checks what the doc says.
 */
class FeedbackDocSnippetsTest {
    private final CoreFixture h = new CoreFixture();
    private final SportelloSdk sdk = h.sdk;
    private final FeedbackRig rig = new FeedbackRig(h);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void theDocShowsExactlyTheSnippetsThatRunHere() {
        assertThat(DocSnippets.assertEveryBlockInOrder("feedback.md", FeedbackDocSnippetsTest.class)).isEqualTo(4);
    }

    @Test
    void rateAClosedRequest() {
        UserProfile citizen = h.citizen();
        Request request = rig.closedRequest(citizen);
        Principal user = Principal.user(citizen.id(), Credential.SPID_L2);
        // snippet:start
        FeedbackEntry rated = sdk.feedback().give(user, new GiveFeedback(
                new FeedbackTarget.ClosedRequest(request.id()),  // a CLOSED request of the user's (or of whom they act for)
                4,                                                // 1 (very unsatisfied) to 5 (very satisfied)
                "Risposta chiara; sarebbe utile poter allegare più file.")); // optional, kept exactly as given
        rated.office();   // the request's office: its staff will triage the suggestion
        rated.state();    // NEW
        // snippet:end
        assertThat(rated.office()).isEqualTo(TestOffices.ROMA);
        assertThat(rated.state()).isEqualTo(SuggestionState.NEW);
    }

    @Test
    void rateTheServiceOncePerMonth() {
        Principal user = CoreFixture.as(h.citizen());
        ErrorCode code = null;
        // snippet:start
        sdk.feedback().give(user, new GiveFeedback(new FeedbackTarget.WholeService(), 5, null));
        try {
            sdk.feedback().give(user, new GiveFeedback(new FeedbackTarget.WholeService(), 3, null));
        } catch (ConflictException alreadyThisMonth) {
            code = alreadyThisMonth.code();               // FBK_ALREADY_GIVEN: nothing was stored
        }
        // snippet:end
        assertThat(code).isEqualTo(ErrorCode.FBK_ALREADY_GIVEN);
        assertThat(rig.stored()).isEqualTo(1);
    }

    @Test
    void triageTheOfficesSuggestions() {
        UserProfile citizen = h.citizen();
        rig.rate(citizen, rig.closedRequest(citizen), 2, "Tempi di risposta troppo lunghi");
        OfficeCode roma = TestOffices.ROMA;
        Principal anna = Principal.operator(TestOffices.ROMA_BACK_OFFICE, Credential.CIE);
        // snippet:start
        Page<FeedbackEntry> queue = sdk.feedback().suggestions(anna,  // back office of Roma Tiburtino
                SuggestionQuery.toTriage(roma, PageRequest.first(20)));  // NEW and READ, oldest first
        for (FeedbackEntry suggestion : queue.items()) {
            FeedbackEntry read = sdk.feedback().triage(anna,
                    new TriageSuggestion(suggestion.id(), suggestion.version(), SuggestionState.READ));
            sdk.feedback().triage(anna, new TriageSuggestion(read.id(), read.version(), SuggestionState.TAKEN_UP));
        }
        // snippet:end
        assertThat(queue.items()).hasSize(1);
        assertThat(sdk.feedback().suggestions(anna, SuggestionQuery.toTriage(roma, PageRequest.first(20))).items()).isEmpty();
    }

    @Test
    void readTheFigures() {
        for (int i = 0; i < 3; i++) {
            sdk.feedback().give(CoreFixture.as(h.citizen()), new GiveFeedback(new FeedbackTarget.WholeService(), 4 + i % 2,
                    null));
        }
        Principal supervisor = CoreFixture.SUPERVISOR;
        List<String> printed = new ArrayList<>();
        // snippet:start
        List<RatingFigures> figures = sdk.feedback().figures(supervisor,
                new RatingFiguresQuery(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null)); // null: every office
        for (RatingFigures row : figures) {
            printed.add(row.month() + " " + row.area() + " " + row.office() + ": "
                    + row.ratings().display() + " ratings, average " + row.average());  // "<3" and null below the threshold
        }
        // snippet:end
        assertThat(printed).containsExactly("2026-11 SERVICE ROMA-TIBURTINO: 3 ratings, average 4.33");
    }
}
