package dev.sportello.core.internal.feedback;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.SuggestionChange;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.TriageSuggestion;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE_2;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-6: the staff triage the suggestions of their office; supervisors and services those of every office. */
@DisplayName("R-DOS-6 the institution triages the suggestions it collects")
class FeedbackReviewRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    /** A suggestion on the whole service by a new citizen of a municipality (H501 Roma, B354 Cagliari). */
    private FeedbackEntry suggestion(String municipality, String text) {
        h.clock.advance(Duration.ofSeconds(1));
        return h.sdk.feedback().give(as(h.citizen(municipality)), new GiveFeedback(new FeedbackTarget.WholeService(), 3,
                text));
    }

    private Page<FeedbackEntry> queue(Principal principal, OfficeCode office) {
        return h.sdk.feedback().suggestions(principal, SuggestionQuery.toTriage(office, PageRequest.first(50)));
    }

    @Test
    void anOfficesBackOfficeSeesItsOwnSuggestionsASupervisorAndAServiceSeeAll() {
        FeedbackEntry roma = suggestion("H501", "Roma");
        FeedbackEntry cagliari = suggestion("B354", "Cagliari");
        h.sdk.feedback().give(as(h.citizen()), new GiveFeedback(new FeedbackTarget.WholeService(), 5, null));
        assertThat(queue(BACK_OFFICE, TestOffices.ROMA).items()).as("ratings without text are not queued")
                .containsExactly(roma);
        assertThat(queue(CAGLIARI, TestOffices.CAGLIARI).items()).containsExactly(cagliari);
        assertThat(queue(SUPERVISOR, null).items()).containsExactly(roma, cagliari);
        assertThat(queue(SUPERVISOR, TestOffices.CAGLIARI).items()).as("a supervisor sees every office").containsExactly(cagliari);
        assertThat(queue(PORTAL, null).items()).containsExactly(roma, cagliari);
    }

    @Test
    void whoMayNotReviewIsDeniedAndAudited() {
        suggestion("H501", "Roma");
        fails(() -> queue(CAGLIARI, TestOffices.ROMA), ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> queue(BACK_OFFICE, null), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> queue(FRONT_OFFICE, TestOffices.ROMA), ErrorCode.ACCESS_ROLE_REQUIRED);
        UserProfile user = h.citizen();
        fails(() -> queue(as(user), TestOffices.ROMA), ErrorCode.ACCESS_ROLE_REQUIRED);
        UserProfile company = h.company();
        UserProfile consultant = h.intermediary();
        h.mandate(company, consultant);
        fails(() -> queue(as(consultant).actingFor(company.id()), TestOffices.ROMA), ErrorCode.ACCESS_DELEGATION_SCOPE);
        assertThat(h.denials(TestOffices.ROMA)).extracting(AuditEntry::errorCode)
                .contains(ErrorCode.ACCESS_WRONG_OFFICE, ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void triageRecordsWhoAndWhenAndEndsInAFinalState() {
        FeedbackEntry s = suggestion("H501", "Aprite il sabato");
        Instant readAt = h.clock.advance(Duration.ofMinutes(5));
        FeedbackEntry read = h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), s.version(), SuggestionState.READ));
        h.clock.advance(Duration.ofMinutes(5));
        FeedbackEntry taken = h.sdk.feedback().triage(SUPERVISOR, new TriageSuggestion(read.id(), read.version(),
                SuggestionState.TAKEN_UP));
        assertThat(taken.state()).isEqualTo(SuggestionState.TAKEN_UP);
        assertThat(taken.version()).isEqualTo(2);
        assertThat(taken.changes()).containsExactly(
                new SuggestionChange(SuggestionState.READ, TestOffices.ROMA_BACK_OFFICE, readAt.truncatedTo(
                        java.time.temporal.ChronoUnit.MICROS)),
                new SuggestionChange(SuggestionState.TAKEN_UP, TestOffices.ROMA_SUPERVISOR, taken.changes().get(1).at()));
        assertThat(taken.changes().get(1).at()).isAfter(readAt);
        assertThat(taken.suggestion()).isEqualTo("Aprite il sabato");
        assertThat(h.audit(s.id())).extracting(AuditEntry::action)
                .containsExactly("FEEDBACK_GIVEN", "SUGGESTION_TRIAGED", "SUGGESTION_TRIAGED");
        for (SuggestionState next : SuggestionState.values()) {
            fails(() -> h.sdk.feedback().triage(SUPERVISOR, new TriageSuggestion(s.id(), 2, next)),
                    ErrorCode.FBK_ILLEGAL_TRANSITION);
        }
        assertThat(queue(SUPERVISOR, null).items()).as("nothing left to triage").isEmpty();
        assertThat(h.sdk.feedback().suggestions(SUPERVISOR, new SuggestionQuery(null, Set.of(SuggestionState.TAKEN_UP),
                PageRequest.first(10))).items()).containsExactly(taken);
    }

    @Test
    void noSuggestionGoesBackToNewOrStaysWhereItIs() {
        FeedbackEntry s = suggestion("H501", "testo");
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), 0, SuggestionState.NEW)),
                ErrorCode.FBK_ILLEGAL_TRANSITION);
        FeedbackEntry read = h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), 0, SuggestionState.READ));
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), 1, SuggestionState.READ)),
                ErrorCode.FBK_ILLEGAL_TRANSITION);
        FeedbackEntry dismissed = h.sdk.feedback().triage(BACK_OFFICE_2, new TriageSuggestion(s.id(), read.version(),
                SuggestionState.DISMISSED));
        assertThat(dismissed.changes()).extracting(SuggestionChange::state)
                .containsExactly(SuggestionState.READ, SuggestionState.DISMISSED);
    }

    @Test
    void accessComesBeforeTheVersionAndAStaleVersionIsAConflict() {
        FeedbackEntry s = suggestion("H501", "testo");
        fails(() -> h.sdk.feedback().triage(CAGLIARI, new TriageSuggestion(s.id(), 7, SuggestionState.READ)),
                ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.feedback().triage(FRONT_OFFICE, new TriageSuggestion(s.id(), 7, SuggestionState.READ)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), 7, SuggestionState.READ)),
                ErrorCode.CONCURRENT_MODIFICATION);
        h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(s.id(), 0, SuggestionState.READ));
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE_2, new TriageSuggestion(s.id(), 0, SuggestionState.DISMISSED)),
                ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(h.denials(s.id())).hasSize(2);
    }

    @Test
    void aRatingWithoutSuggestionOrAnUnknownIdCannotBeTriaged() {
        FeedbackEntry plain = h.sdk.feedback().give(as(h.citizen()), new GiveFeedback(new FeedbackTarget.WholeService(), 2,
                null));
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(plain.id(), 0, SuggestionState.READ)),
                ErrorCode.FBK_NO_SUGGESTION);
        fails(() -> h.sdk.feedback().triage(BACK_OFFICE, new TriageSuggestion(
                dev.sportello.feedback.FeedbackId.of("01900000-0000-7000-8000-000000000099"), 0, SuggestionState.READ)),
                ErrorCode.FBK_NOT_FOUND);
    }

    @Test
    void theQueueIsKeysetPagedOldestFirstAndStableUnderInserts() {
        List<FeedbackEntry> given = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            given.add(suggestion("H501", "suggerimento " + i));
        }
        Page<FeedbackEntry> first = h.sdk.feedback().suggestions(BACK_OFFICE, SuggestionQuery.toTriage(TestOffices.ROMA,
                PageRequest.first(2)));
        assertThat(first.items()).containsExactly(given.get(0), given.get(1));
        FeedbackEntry later = suggestion("H501", "arrivato dopo");
        List<FeedbackEntry> seen = new ArrayList<>(first.items());
        PageRequest next = PageRequest.first(2).after(first);
        while (next != null) {
            Page<FeedbackEntry> page = h.sdk.feedback().suggestions(BACK_OFFICE, new SuggestionQuery(TestOffices.ROMA,
                    EnumSet.of(SuggestionState.NEW), next));
            seen.addAll(page.items());
            next = next.after(page);
        }
        List<FeedbackEntry> expected = new ArrayList<>(given);
        expected.add(later);
        assertThat(seen).containsExactlyElementsOf(expected);
        fails(() -> h.sdk.feedback().suggestions(BACK_OFFICE, SuggestionQuery.toTriage(TestOffices.ROMA,
                new PageRequest(2, "forged"))), ErrorCode.PAGE_CURSOR_INVALID);
        fails(() -> h.sdk.feedback().suggestions(BACK_OFFICE, new SuggestionQuery(TestOffices.ROMA, null,
                PageRequest.first(2))), ErrorCode.VALIDATION_FAILED);
    }
}
