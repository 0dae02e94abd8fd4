package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess.Viewer;
import dev.sportello.core.internal.kernel.Secrets;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.spi.CounterStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The call itself (R-APT-3, R-APT-5, R-DEL-4): joining a video call with the admission code, the
 * waiting room, the identity check from a document with a photo, admission (never without a check),
 * assistance only after the user's consent and the assistant's own check, completion with an outcome,
 * and no-shows.
 *
 * <p>Thread-safe.
 */
final class CallDesk {
    private final Kernel kernel;
    private final AppointmentRules rules;
    private final AppointmentSettings settings;

    CallDesk(Kernel kernel, AppointmentRules rules, AppointmentSettings settings) {
        this.kernel = kernel;
        this.rules = rules;
        this.settings = settings;
    }

    Appointment join(Principal principal, JoinVideoCall command) {
        return kernel.executeSpendingAnAttempt(principal, Operation.APPOINTMENT_JOIN, command, tx -> {
            AppointmentRecord r = AppointmentRules.load(tx, command.appointment());
            rules.authorize(tx, Operation.APPOINTMENT_JOIN, r, Rule.OWNER);
            if (r.mode() != ContactMode.VIDEO_CALL) {
                throw SportelloException.of(ErrorCode.APT_NOT_A_VIDEO_CALL, Map.of("appointmentId", r.id().toString()));
            }
            AppointmentRules.requireStatus(r, "join", AppointmentRules.statuses(AppointmentStatus.BOOKED,
                    AppointmentStatus.WAITING));
            Instant opens = r.start().minus(settings.joinEarly());
            if (tx.now().isBefore(opens)) {
                throw SportelloException.of(ErrorCode.APT_TOO_EARLY_TO_JOIN, Map.of("opensAt", Calendars.local(opens, r.zone())));
            }
            if (!tx.now().isBefore(r.end())) {
                throw SportelloException.of(ErrorCode.APT_ADMISSION_CODE_EXPIRED, Map.of("expiredAt",
                        Calendars.local(r.end(), r.zone())));
            }
            if (r.admissionAttempts() >= settings.admissionAttempts()) {
                throw SportelloException.of(ErrorCode.APT_ADMISSION_LOCKED, Map.of("appointmentId", r.id().toString()));
            }
            if (!Secrets.matches(command.admissionCode(), r.admissionCodeHash())) {
                AppointmentRecord counted = AppointmentRules.save(tx, r, r.toBuilder()
                        .admissionAttempts(r.admissionAttempts() + 1));
                tx.audit("APPOINTMENT_ADMISSION_CODE_WRONG", r.id());
                tx.failAfterCommit(AppointmentRules.fail(ErrorCode.APT_ADMISSION_CODE_WRONG, "admissionCode", Map.of(
                        "remaining", Integer.toString(settings.admissionAttempts() - counted.admissionAttempts()))));
                return AppointmentViews.view(counted);
            }
            if (r.status() == AppointmentStatus.WAITING) {
                return AppointmentViews.view(r);
            }
            AppointmentRecord waiting = AppointmentRules.save(tx, r, r.toBuilder().status(AppointmentStatus.WAITING)
                    .waitingSince(tx.now()));
            tx.audit("APPOINTMENT_JOINED", r.id());
            tx.event(AppointmentEvents.WAITING, r.id(), Map.of("office", r.office().value()));
            return AppointmentViews.view(waiting);
        });
    }

    Appointment recordIdentityCheck(Principal principal, RecordIdentityCheck command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = rules.loadForChange(tx, Operation.APPOINTMENT_WORK, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE).record();
            OperatorId operator = rules.servingOperator(tx, r);
            AppointmentRules.requireStatus(r, "record the identity check of", AppointmentRules.statuses(
                    AppointmentStatus.BOOKED, AppointmentStatus.WAITING, AppointmentStatus.IN_PROGRESS));
            IdentityCheck check = check(tx, r, command.document(), operator, "document");
            AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().identityCheck(check));
            tx.audit("APPOINTMENT_IDENTITY_CHECKED", r.id());
            return AppointmentViews.view(changed);
        });
    }

    private static IdentityCheck check(Tx tx, AppointmentRecord r, IdentityDocument document, OperatorId operator,
                                       String field) {
        if (!document.photoPresent()) {
            throw AppointmentRules.fail(ErrorCode.APT_DOCUMENT_PHOTO_MISSING, field + ".photoPresent", Map.of());
        }
        LocalDate today = tx.now().atZone(r.zone()).toLocalDate();
        if (document.issuedOn().isAfter(today) || document.issuedOn().isAfter(document.expiresOn())) {
            throw AppointmentRules.fail(ErrorCode.APT_DOCUMENT_DATES_INVALID, field + ".issuedOn", Map.of());
        }
        if (document.expiresOn().isBefore(r.day())) {
            throw AppointmentRules.fail(ErrorCode.APT_DOCUMENT_EXPIRED, field + ".expiresOn", Map.of("expiresOn",
                    document.expiresOn().toString(), "date", r.day().toString()));
        }
        return new IdentityCheck(document.type(), IdentityCheck.mask(document.number().toUpperCase(Locale.ROOT)),
                document.issuedOn(), document.expiresOn(), true, operator, tx.now());
    }

    Appointment admit(Principal principal, AdmitUser command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = rules.loadForChange(tx, Operation.APPOINTMENT_WORK, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE).record();
            OperatorId operator = rules.servingOperator(tx, r);
            if (r.mode() == ContactMode.VIDEO_CALL) {
                AppointmentRules.requireStatus(r, "admit", AppointmentRules.statuses(AppointmentStatus.WAITING));
            } else {
                AppointmentRules.requireStatus(r, "start", AppointmentRules.statuses(AppointmentStatus.BOOKED));
            }
            if (r.mode() != ContactMode.PHONE_CALLBACK && r.identityCheck() == null) {
                throw SportelloException.of(ErrorCode.APT_IDENTITY_NOT_CHECKED, Map.of("appointmentId", r.id().toString()));
            }
            AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().status(AppointmentStatus.IN_PROGRESS)
                    .operator(operator));
            tx.audit("APPOINTMENT_ADMITTED", r.id());
            tx.event(AppointmentEvents.STARTED, r.id(), Map.of("office", r.office().value(), "operator", operator.toString()));
            return AppointmentViews.view(changed);
        });
    }

    Appointment recordAssistanceConsent(Principal principal, RecordAssistanceConsent command) {
        Operation operation = AppointmentRules.operatorOr(principal, Operation.APPOINTMENT_JOIN);
        return kernel.execute(principal, operation, command, tx -> {
            var loaded = rules.loadForChange(tx, operation, command.appointment(), command.expectedVersion(),
                    Rule.OFFICE.orOwner());
            AppointmentRecord r = loaded.record();
            if (loaded.viewer() == Viewer.OPERATOR) {
                rules.servingOperator(tx, r);
            }
            AppointmentRules.requireStatus(r, "record the assistance consent of", AppointmentRules.statuses(
                    AppointmentStatus.BOOKED, AppointmentStatus.WAITING, AppointmentStatus.IN_PROGRESS));
            if (r.assistance() != null) {
                return AppointmentViews.view(r);
            }
            AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().assistance(new Assistance(tx.now(),
                    tx.principal().actor(), null, null, null)));
            tx.audit("APPOINTMENT_ASSISTANCE_CONSENTED", r.id());
            return AppointmentViews.view(changed);
        });
    }

    Appointment admitAssistant(Principal principal, AdmitAssistant command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = rules.loadForChange(tx, Operation.APPOINTMENT_WORK, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE).record();
            OperatorId operator = rules.servingOperator(tx, r);
            AppointmentRules.requireStatus(r, "admit an assistant to", AppointmentRules.statuses(
                    AppointmentStatus.WAITING, AppointmentStatus.IN_PROGRESS));
            if (r.assistance() == null) {
                throw SportelloException.of(ErrorCode.APT_ASSISTANCE_CONSENT_MISSING, Map.of("appointmentId", r.id().toString()));
            }
            IdentityCheck check = check(tx, r, command.document(), operator, "document");
            Assistance consent = r.assistance();
            AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().assistance(new Assistance(
                    consent.consentAt(), consent.consentBy(), command.fullName().strip(), check, tx.now())));
            tx.audit("APPOINTMENT_ASSISTANT_ADMITTED", r.id());
            tx.event(AppointmentEvents.ASSISTED, r.id(), Map.of("office", r.office().value()));
            return AppointmentViews.view(changed);
        });
    }

    Appointment complete(Principal principal, CompleteAppointment command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = rules.loadForChange(tx, Operation.APPOINTMENT_WORK, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE).record();
            rules.servingOperator(tx, r);
            AppointmentRules.requireStatus(r, "complete", AppointmentRules.statuses(AppointmentStatus.IN_PROGRESS));
            if (!settings.outcomes().containsKey(command.outcome())) {
                throw AppointmentRules.fail(ErrorCode.APT_OUTCOME_UNKNOWN, "outcome", Map.of("outcome",
                        Text.truncate(command.outcome(), 40)));
            }
            AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().status(AppointmentStatus.COMPLETED)
                    .outcome(command.outcome()).outcomeText(Text.strippedOrNull(command.text())));
            tx.store(CounterStore.class).decrement(Seats.active(r));
            MeetingRooms.closeLater(tx, r);
            tx.audit("APPOINTMENT_COMPLETED", r.id());
            tx.event(AppointmentEvents.COMPLETED, r.id(), Map.of("office", r.office().value(), "outcome", command.outcome()));
            return AppointmentViews.view(changed);
        });
    }

    Appointment markNoShow(Principal principal, MarkNoShow command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = rules.loadForChange(tx, Operation.APPOINTMENT_WORK, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE).record();
            rules.servingOperator(tx, r);
            AppointmentRules.requireStatus(r, "mark as a no-show", AppointmentRules.statuses(AppointmentStatus.BOOKED));
            Instant from = r.start().plus(settings.noShowGrace());
            if (tx.now().isBefore(from)) {
                throw SportelloException.of(ErrorCode.APT_NO_SHOW_TOO_EARLY, Map.of("from", Calendars.local(from, r.zone())));
            }
            return AppointmentViews.view(noShow(tx, r));
        });
    }

    private static AppointmentRecord noShow(Tx tx, AppointmentRecord r) {
        AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().status(AppointmentStatus.NO_SHOW));
        tx.store(CounterStore.class).decrement(Seats.active(r));
        Notifier.cancel(tx, AppointmentMessages.cancelKey(r), "no-show");
        MeetingRooms.closeLater(tx, r);
        tx.audit("APPOINTMENT_NO_SHOW", r.id());
        tx.event(AppointmentEvents.NO_SHOW, r.id(), Map.of("office", r.office().value()));
        return changed;
    }

    /** The {@link AppointmentTasks#NO_SHOW} task: an appointment still BOOKED after the grace period is a no-show. */
    void noShowTask(Tx tx, AppointmentId id) {
        tx.store(AppointmentStore.class).find(id).ifPresent(r -> {
            if (r.status() == AppointmentStatus.BOOKED && !tx.now().isBefore(r.start().plus(settings.noShowGrace()))) {
                noShow(tx, r);
            }
        });
    }
}
