package dev.sportello.core.internal.feedback;

import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.SmallCells;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackEvents;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.RatingFigures;
import dev.sportello.feedback.RatingFiguresQuery;
import dev.sportello.feedback.SuggestionChange;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.TriageSuggestion;
import dev.sportello.feedback.spi.FeedbackRecord;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.feedback.spi.RatingTally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff's side of feedback (R-DOS-6): the queue of suggestions, their triage with who and when, and the
 * rating figures by area, office and month with the engagement figures' small-cell rule and threshold
 * ({@code NotificationSettings.engagementThreshold()}): a cell of fewer ratings shows neither its count nor its
 * average. Access is {@link StaffAccess}, checked before the version.
 *
 * <p>Thread-safe.
 */
final class Review {
    /** The most months one figures call covers. */
    static final int MAX_MONTHS = 24;
    private static final Set<SuggestionState> TO_TRIAGE = EnumSet.of(SuggestionState.NEW, SuggestionState.READ);
    private static final Comparator<RatingTally> ORDER = Comparator.comparing(RatingTally::month)
            .thenComparing(RatingTally::area)
            .thenComparing(t -> t.office() == null ? "\uffff" : t.office().value());

    private final Kernel kernel;
    private final StaffAccess staff;
    private final NotificationSettings settings;

    Review(Kernel kernel, StaffAccess staff, NotificationSettings settings) {
        this.kernel = kernel;
        this.staff = staff;
        this.settings = settings;
    }

    Page<FeedbackEntry> suggestions(Principal principal, SuggestionQuery query) {
        return kernel.execute(principal, Operation.FEEDBACK_REVIEW, query, tx -> {
            staff.require(principal, query.office(), scope(query.office()));
            Set<SuggestionState> states = query.states().isEmpty() ? TO_TRIAGE : query.states();
            Page<FeedbackRecord> page = tx.store(FeedbackStore.class).suggestions(query.office(), states, query.page());
            return new Page<>(page.items().stream().map(Rating::view).toList(), page.nextCursor());
        });
    }

    FeedbackEntry triage(Principal principal, TriageSuggestion command) {
        return kernel.execute(principal, Operation.FEEDBACK_REVIEW, command, tx -> {
            FeedbackId id = command.feedback();
            FeedbackRecord r = tx.store(FeedbackStore.class).find(id).orElseThrow(() ->
                    SportelloException.of(ErrorCode.FBK_NOT_FOUND, Map.of("feedbackId", id.toString())));
            staff.require(principal, r.office(), id);
            ObjectAccess.requireVersion(id, r.version(), command.expectedVersion());
            if (r.state() == null) {
                throw SportelloException.of(ErrorCode.FBK_NO_SUGGESTION, Map.of("feedbackId", id.toString()));
            }
            if (r.state().isFinal() || command.state() == r.state() || command.state() == SuggestionState.NEW) {
                throw SportelloException.of(ErrorCode.FBK_ILLEGAL_TRANSITION, Map.of("feedbackId", id.toString(),
                        "from", r.state().name(), "to", command.state().name()));
            }
            List<SuggestionChange> changes = new ArrayList<>(r.changes());
            changes.add(new SuggestionChange(command.state(), principal.actor(), tx.now()));
            FeedbackRecord changed = r.toBuilder().state(command.state()).changes(changes).version(r.version() + 1).build();
            tx.store(FeedbackStore.class).update(changed, r.version());
            tx.audit("SUGGESTION_TRIAGED", id);
            tx.event(FeedbackEvents.TRIAGED, id, Map.of("state", command.state().name()));
            return Rating.view(changed);
        });
    }

    List<RatingFigures> figures(Principal principal, RatingFiguresQuery query) {
        return kernel.execute(principal, Operation.FEEDBACK_REVIEW, query, tx -> {
            checkRange(query.from(), query.to());
            staff.require(principal, query.office(), scope(query.office()));
            int threshold = settings.engagementThreshold();
            return tx.store(FeedbackStore.class).tallies(query.office(), query.from(), query.to()).stream()
                    .sorted(ORDER)
                    .map(t -> new RatingFigures(t.area(), t.office(), t.month(), SmallCells.count(t.count(), threshold),
                            SmallCells.suppressed(t.count(), threshold) ? null
                                    : BigDecimal.valueOf(t.sum()).divide(BigDecimal.valueOf(t.count()), 2,
                                    RoundingMode.HALF_EVEN)))
                    .toList();
        });
    }

    private static AuditSubject scope(dev.sportello.offices.OfficeCode office) {
        return office == null ? Operation.FEEDBACK_REVIEW : office;
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        boolean inYears = from.getYear() >= 1900 && to.getYear() <= 9999 && to.getYear() >= 1900 && from.getYear() <= 9999;
        if (!inYears || to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw SportelloException.invalidField(ErrorCode.FBK_RANGE_INVALID, "to",
                    Map.of("max", Integer.toString(MAX_MONTHS)));
        }
    }
}
