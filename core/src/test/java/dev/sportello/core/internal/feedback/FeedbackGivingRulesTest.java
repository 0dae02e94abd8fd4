package dev.sportello.core.internal.feedback;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.feedback.FeedbackArea;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.requests.Request;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-6: users rate the service and their finished interactions, at most once, with a suggestion kept as given. */
@DisplayName("R-DOS-6 a user rates the service or a finished interaction, at most once")
class FeedbackGivingRulesTest {
    private final CoreFixture h = new CoreFixture();
    private final FeedbackRig rig = new FeedbackRig(h);

    @AfterEach
    void close() {
        h.close();
    }

    private static GiveFeedback service(int rating, String suggestion) {
        return new GiveFeedback(new FeedbackTarget.WholeService(), rating, suggestion);
    }

    @Test
    void aUserRatesAClosedRequestOnceWithASuggestionKeptAsGiven() {
        UserProfile user = h.citizen();
        Request closed = rig.closedRequest(user);
        String text = "  Risposta chiara, ma servono orari più lunghi 🙂 ";
        FeedbackEntry entry = rig.rate(user, closed, 4, text);
        assertThat(entry.rating()).isEqualTo(4);
        assertThat(entry.suggestion()).as("never trimmed").isEqualTo(text);
        assertThat(entry.office()).isEqualTo(TestOffices.ROMA);
        assertThat(entry.target().area()).isEqualTo(FeedbackArea.REQUESTS);
        assertThat(entry.state()).isEqualTo(SuggestionState.NEW);
        assertThat(entry.changes()).isEmpty();
        assertThat(h.audit(entry.id())).extracting(AuditEntry::action).containsExactly("FEEDBACK_GIVEN");

        SportelloException twice = fails(() -> rig.rate(user, closed, 1, null), ErrorCode.FBK_ALREADY_GIVEN);
        assertThat(twice.details()).containsEntry("onceKey", "request:" + closed.id());
        assertThat(rig.stored()).as("the second rating left nothing").isEqualTo(1);
    }

    @Test
    void onceIsPerInteractionWhoeverOfTheOwnerAndTheirDelegateRates() {
        UserProfile company = h.company();
        UserProfile consultant = h.intermediary();
        h.mandate(company, consultant);
        Request closed = rig.closedRequest(company);
        Principal forCompany = as(consultant).actingFor(company.id());
        FeedbackEntry byDelegate = h.sdk.feedback().give(forCompany,
                new GiveFeedback(new FeedbackTarget.ClosedRequest(closed.id()), 5, null));
        assertThat(byDelegate.state()).as("no suggestion, nothing to triage").isNull();
        assertThat(h.audit(byDelegate.id())).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(consultant.id());
            assertThat(a.onBehalfOf()).isEqualTo(company.id());
        });
        fails(() -> rig.rate(company, closed, 2, null), ErrorCode.FBK_ALREADY_GIVEN);
        assertThat(rig.stored()).isEqualTo(1);
    }

    @Test
    void theWholeServiceIsRatedOncePerUserAndCalendarMonth() {
        UserProfile user = h.citizen();
        FeedbackEntry november = h.sdk.feedback().give(as(user), service(3, "Più servizi online"));
        assertThat(november.office()).as("the rater's competent office").isEqualTo(TestOffices.ROMA);
        assertThat(november.target()).isEqualTo(new FeedbackTarget.WholeService());
        fails(() -> h.sdk.feedback().give(as(user), service(5, null)), ErrorCode.FBK_ALREADY_GIVEN);
        assertThat(rig.stored()).isEqualTo(1);
        h.sdk.feedback().give(as(h.citizen()), service(5, null));
        assertThat(rig.stored()).as("another user in the same month").isEqualTo(2);

        h.clock.set(CoreFixture.rome("2026-11-30T23:59:59"));
        fails(() -> h.sdk.feedback().give(as(user), service(5, null)), ErrorCode.FBK_ALREADY_GIVEN);
        h.clock.set(CoreFixture.rome("2026-12-01T00:00:00"));
        assertThat(h.sdk.feedback().give(as(user), service(5, null)).rating()).as("a new month in Rome").isEqualTo(5);
        assertThat(rig.stored()).isEqualTo(3);
    }

    @Test
    void aCompletedAppointmentIsRatedAndAnUnfinishedOneIsRefused() {
        UserProfile user = h.citizen();
        AppointmentId done = rig.appointment(user, TestOffices.CAGLIARI, AppointmentStatus.COMPLETED);
        FeedbackEntry entry = h.sdk.feedback().give(as(user),
                new GiveFeedback(new FeedbackTarget.CompletedAppointment(done), 2, null));
        assertThat(entry.office()).isEqualTo(TestOffices.CAGLIARI);
        fails(() -> h.sdk.feedback().give(as(user), new GiveFeedback(new FeedbackTarget.CompletedAppointment(done), 2,
                null)), ErrorCode.FBK_ALREADY_GIVEN);
        for (AppointmentStatus unfinished : new AppointmentStatus[]{AppointmentStatus.BOOKED, AppointmentStatus.WAITING,
                AppointmentStatus.IN_PROGRESS, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW}) {
            AppointmentId id = rig.appointment(user, TestOffices.ROMA, unfinished);
            SportelloException e = fails(() -> h.sdk.feedback().give(as(user),
                    new GiveFeedback(new FeedbackTarget.CompletedAppointment(id), 4, null)),
                    ErrorCode.FBK_INTERACTION_NOT_FINISHED);
            assertThat(e.details()).containsEntry("status", unfinished.name());
        }
        assertThat(rig.stored()).isEqualTo(1);
    }

    @Test
    void aRequestThatIsNotClosedCannotBeRated() {
        UserProfile user = h.citizen();
        Request open = rig.openRequest(user);
        fails(() -> rig.rate(user, open, 4, "presto"), ErrorCode.FBK_INTERACTION_NOT_FINISHED);
        h.clock.advance(Duration.ofMinutes(1));
        fails(() -> rig.rate(user, open, 4, "presto"), ErrorCode.FBK_INTERACTION_NOT_FINISHED);
        assertThat(rig.stored()).isZero();
        fails(() -> h.sdk.feedback().give(as(user), new GiveFeedback(new FeedbackTarget.ClosedRequest(
                dev.sportello.requests.RequestId.of("01900000-0000-7000-8000-000000000042")), 4, null)), ErrorCode.REQ_NOT_FOUND);
    }

    @Test
    void someoneElsesInteractionIsDeniedAndTheDenialAudited() {
        UserProfile owner = h.citizen();
        UserProfile stranger = h.citizen();
        Request closed = rig.closedRequest(owner);
        fails(() -> rig.rate(stranger, closed, 1, "non è mio"), ErrorCode.ACCESS_NOT_OWNER);
        AppointmentId appointment = rig.appointment(owner, TestOffices.ROMA, AppointmentStatus.COMPLETED);
        fails(() -> h.sdk.feedback().give(as(stranger), new GiveFeedback(new FeedbackTarget.CompletedAppointment(appointment),
                1, null)), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(rig.stored()).isZero();
        assertThat(h.denials(closed.id())).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(stranger.id());
            assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_NOT_OWNER);
        });
        assertThat(rig.rate(owner, closed, 4, null).rating()).as("the owner still may").isEqualTo(4);
    }

    @Test
    void operatorsAndServicesDoNotRate() {
        UserProfile user = h.citizen();
        Request closed = rig.closedRequest(user);
        for (Principal staff : new Principal[]{BACK_OFFICE, PORTAL}) {
            fails(() -> h.sdk.feedback().give(staff, service(5, null)), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.feedback().give(staff, new GiveFeedback(new FeedbackTarget.ClosedRequest(closed.id()), 5,
                    null)), ErrorCode.ACCESS_ROLE_REQUIRED);
        }
        assertThat(rig.stored()).isZero();
    }
}
