package dev.sportello.core.internal.feedback;

import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.ObjectAccess.Bound;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.feedback.Feedback;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackEvents;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.spi.FeedbackRecord;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Giving a rating (R-DOS-6). The rater is the principal's subject user (a delegate rates for the user they
 * act for, under a delegation that covers {@code FEEDBACK_GIVE}); operators and services do not rate. A
 * request or appointment is read through its area's store: it must be the rater's (else
 * {@code ACCESS_NOT_OWNER}, audited) and finished — a CLOSED request, a COMPLETED appointment. "At most once"
 * is a once key, unique in the store: per interaction whoever of the owner and their delegates rates it, and
 * for the whole service per user and calendar month in Europe/Rome. The suggestion is stored exactly as
 * given.
 *
 * <p>Thread-safe.
 */
final class Rating {
    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final Kernel kernel;
    private final ObjectAccess access;
    private final OfficeDirectory directory;

    Rating(Kernel kernel, ObjectAccess access, OfficeDirectory directory) {
        this.kernel = kernel;
        this.access = access;
        this.directory = directory;
    }

    /** What a rating is about: the once key and the office it counts for. */
    private record Rated(String onceKey, OfficeCode office) {
    }

    FeedbackEntry give(Principal principal, GiveFeedback command) {
        return kernel.execute(principal, Operation.FEEDBACK_GIVE, command, tx -> {
            checkRating(command.rating());
            checkSuggestion(command.suggestion());
            UserId rater = ObjectAccess.requireUser(principal, Operation.FEEDBACK_GIVE);
            YearMonth month = YearMonth.from(tx.now().atZone(Office.ROME));
            Rated rated = rated(tx, principal, rater, command.target(), month);
            FeedbackStore store = tx.store(FeedbackStore.class);
            if (store.findByOnceKey(rated.onceKey()).isPresent()) {
                throw alreadyGiven(rated.onceKey());
            }
            FeedbackRecord feedback = FeedbackRecord.builder().id(new FeedbackId(tx.newUuid())).target(command.target())
                    .owner(rater).givenBy(principal.actor()).office(rated.office()).rating(command.rating())
                    .suggestion(command.suggestion()).onceKey(rated.onceKey()).month(month).givenAt(tx.now())
                    .state(command.suggestion() == null ? null : SuggestionState.NEW).changes(List.of()).version(0)
                    .build();
            try {
                store.insert(feedback);
            } catch (ConflictException raced) {
                throw alreadyGiven(rated.onceKey());
            }
            tx.audit("FEEDBACK_GIVEN", feedback.id());
            tx.event(FeedbackEvents.GIVEN, feedback.id(), Map.of("area", command.target().area().name(),
                    "rating", Integer.toString(command.rating()), "withSuggestion",
                    Boolean.toString(command.suggestion() != null)));
            return view(feedback);
        });
    }

    private Rated rated(Tx tx, Principal principal, UserId rater, FeedbackTarget target, YearMonth month) {
        if (target instanceof FeedbackTarget.ClosedRequest closed) {
            RequestRecord request = tx.store(RequestStore.class).find(closed.request()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.REQ_NOT_FOUND, Map.of("requestId", closed.request().toString())));
            access.require(principal, Operation.FEEDBACK_GIVE, new Bound(request.id(), request.owner(), request.office()),
                    Rule.OWNER);
            if (request.status() != RequestStatus.CLOSED) {
                throw notFinished("request", request.id().toString(), request.status().name());
            }
            return new Rated("request:" + request.id(), request.office());
        }
        if (target instanceof FeedbackTarget.CompletedAppointment completed) {
            AppointmentRecord appointment = tx.store(AppointmentStore.class).find(completed.appointment())
                    .orElseThrow(() -> SportelloException.of(ErrorCode.APT_NOT_FOUND,
                            Map.of("appointmentId", completed.appointment().toString())));
            access.require(principal, Operation.FEEDBACK_GIVE, new Bound(appointment.id(), appointment.owner(),
                    appointment.office()), Rule.OWNER);
            if (appointment.status() != AppointmentStatus.COMPLETED) {
                throw notFinished("appointment", appointment.id().toString(), appointment.status().name());
            }
            return new Rated("appointment:" + appointment.id(), appointment.office());
        }
        OfficeCode competent = directory.officeFor(UserRecords.require(tx, rater).municipality()).orElse(null);
        return new Rated("service:" + rater + ":" + month, competent);
    }

    private static void checkRating(int rating) {
        if (rating < LOWEST || rating > HIGHEST) {
            throw SportelloException.invalidField(ErrorCode.FBK_RATING_OUT_OF_RANGE, "rating",
                    Map.of("min", Integer.toString(LOWEST), "max", Integer.toString(HIGHEST)));
        }
    }

    /** Malformed text never gets here: the kernel's command checks refuse it with {@code TEXT_MALFORMED}. */
    private static void checkSuggestion(String suggestion) {
        if (suggestion == null) {
            return;
        }
        if (Text.strippedOrNull(suggestion) == null) {
            throw SportelloException.invalidField(ErrorCode.FBK_SUGGESTION_BLANK, "suggestion", Map.of());
        }
        if (suggestion.codePointCount(0, suggestion.length()) > Feedback.SUGGESTION_MAX_LENGTH) {
            throw SportelloException.invalidField(ErrorCode.FBK_SUGGESTION_TOO_LONG, "suggestion",
                    Map.of("max", Integer.toString(Feedback.SUGGESTION_MAX_LENGTH)));
        }
    }

    private static SportelloException alreadyGiven(String onceKey) {
        return SportelloException.of(ErrorCode.FBK_ALREADY_GIVEN, Map.of("onceKey", onceKey));
    }

    private static SportelloException notFinished(String type, String id, String status) {
        return SportelloException.of(ErrorCode.FBK_INTERACTION_NOT_FINISHED, Map.of("objectType", type, "objectId", id,
                "status", status));
    }

    static FeedbackEntry view(FeedbackRecord r) {
        return new FeedbackEntry(r.id(), r.target(), r.rating(), r.suggestion(), r.office(), r.givenAt(), r.state(),
                r.changes(), r.version());
    }
}
