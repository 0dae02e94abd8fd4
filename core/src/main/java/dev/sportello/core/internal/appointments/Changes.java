package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess.Loaded;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess.Viewer;
import dev.sportello.core.internal.kernel.Secrets;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;
import dev.sportello.spi.CounterStore;

import java.util.Map;
import java.util.Optional;

/**
 * Changes to booked appointments: cancellation by the user or the office (the seat, the operator's time
 * and the room are given back, the reminder dropped, the user told, the seat offered to the waitlist),
 * an atomic reschedule (the new seat first), and the cancellations of a closed day.
 *
 * <p>Thread-safe.
 */
final class Changes {
    private final Kernel kernel;
    private final AppointmentRules rules;
    private final Calendars calendars;
    private final Seats seats;
    private final Booking booking;
    private final Waitlist waitlist;
    private final AppointmentMessages messages;
    private final AppointmentSettings settings;

    Changes(Kernel kernel, AppointmentRules rules, Calendars calendars, Seats seats, Booking booking, Waitlist waitlist,
            AppointmentMessages messages, AppointmentSettings settings) {
        this.kernel = kernel;
        this.rules = rules;
        this.calendars = calendars;
        this.seats = seats;
        this.booking = booking;
        this.waitlist = waitlist;
        this.messages = messages;
        this.settings = settings;
    }

    Appointment cancel(Principal principal, CancelAppointment command) {
        Operation operation = AppointmentRules.operatorOr(principal, Operation.APPOINTMENT_BOOK);
        return kernel.execute(principal, operation, command, tx -> {
            Loaded<AppointmentRecord> loaded = rules.loadForChange(tx, operation, command.appointment(),
                    command.expectedVersion(), Rule.ANYONE);
            AppointmentRecord r = loaded.record();
            if (loaded.viewer() == Viewer.OWNER && r.mode() == ContactMode.VIDEO_CALL) {
                kernel.guard().check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            AppointmentRules.requireStatus(r, "cancel", AppointmentRules.statuses(AppointmentStatus.BOOKED,
                    AppointmentStatus.WAITING));
            return AppointmentViews.view(release(tx, r, calendars.offices().require(r.office()), command.reason().strip(),
                    true));
        });
    }

    /** Cancels an appointment: frees its seat, operator and room, drops its reminder, tells the user. */
    private AppointmentRecord release(Tx tx, AppointmentRecord r, Office office, String reason, boolean offerSeat) {
        AppointmentRecord cancelled = AppointmentRules.save(tx, r, r.toBuilder().status(AppointmentStatus.CANCELLED)
                .cancelReason(reason).sequence(r.sequence() + 1));
        Optional<BookingCalendar> calendar = calendars.find(office, r.topic());
        Seats.free(tx, r);
        tx.store(CounterStore.class).decrement(Seats.active(r));
        Notifier.cancel(tx, AppointmentMessages.cancelKey(r), "appointment cancelled");
        MeetingRooms.closeLater(tx, r);
        tx.audit("APPOINTMENT_CANCELLED", r.id());
        tx.event(AppointmentEvents.CANCELLED, r.id(), Map.of("office", r.office().value(), "by",
                tx.principal().actor() instanceof UserId ? "user" : "office"));
        messages.cancelled(tx, cancelled, office, calendar.map(c -> c.topic().title()).orElse(r.topic().code()), reason);
        if (offerSeat && calendar.isPresent()) {
            waitlist.offerSeat(tx, office, calendar.get(), r.mode(), r.start());
        }
        return cancelled;
    }

    Appointment reschedule(Principal principal, RescheduleAppointment command) {
        Operation operation = AppointmentRules.operatorOr(principal, Operation.APPOINTMENT_BOOK);
        return kernel.execute(principal, operation, command, tx -> {
            Loaded<AppointmentRecord> loaded = rules.loadForChange(tx, operation, command.appointment(),
                    command.expectedVersion(), Rule.OFFICE.orOwner());
            AppointmentRecord r = loaded.record();
            if (loaded.viewer() == Viewer.OWNER && r.mode() == ContactMode.VIDEO_CALL) {
                kernel.guard().check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            AppointmentRules.requireStatus(r, "reschedule", AppointmentRules.statuses(AppointmentStatus.BOOKED));
            if (command.newStart().equals(r.start())) {
                throw AppointmentRules.fail(ErrorCode.APT_SAME_SLOT, "newStart", Map.of("start", r.start().toString()));
            }
            Office office = calendars.offices().require(r.office());
            BookingCalendar calendar = calendars.calendar(office, r.topic());
            int capacity = Calendars.requireMode(calendar, r.mode());
            GridSlot slot = calendars.requireSlot(tx, office, calendar, command.newStart(), "newStart");
            CounterStore counters = tx.store(CounterStore.class);
            // the new seat first: if it is taken, the command fails and the old one was never let go
            if (!counters.tryIncrement(Seats.seat(r.office(), r.topic(), r.mode(), slot.start()), capacity)) {
                throw SportelloException.of(ErrorCode.APT_SLOT_FULL, Map.of("start", slot.start().toString()));
            }
            counters.decrement(Seats.seat(r));
            OperatorId interpreter = r.operator();
            if (r.interpretation() == Interpretation.SIGN_LANGUAGE) {
                Seats.freeBlocks(tx, r.operator(), r.start(), r.end());
                interpreter = seats.reserveInterpreter(tx, office, slot);
            }
            String code = r.mode() == ContactMode.VIDEO_CALL ? Secrets.numericCode(settings.admissionCodeDigits()) : null;
            Notifier.cancel(tx, AppointmentMessages.cancelKey(r), "appointment rescheduled");
            MeetingRooms.closeLater(tx, r);
            AppointmentRecord moved = AppointmentRules.save(tx, r, r.toBuilder().start(slot.start()).end(slot.end())
                    .day(slot.local().toLocalDate()).operator(interpreter).sequence(r.sequence() + 1).joinLink(null)
                    .admissionCodeHash(code == null ? null : Secrets.hash(code)).admissionAttempts(0));
            tx.audit("APPOINTMENT_RESCHEDULED", r.id());
            tx.event(AppointmentEvents.RESCHEDULED, r.id(), Map.of("office", r.office().value()));
            booking.scheduled(tx, moved, calendar, code, true);
            waitlist.offerSeat(tx, office, calendar, r.mode(), r.start());
            return AppointmentViews.view(moved);
        });
    }

    /** Closing a day cancels its bookings (with the office's reason) and its waitlist. */
    void dayClosed(Tx tx, Closure closure) {
        Office office = calendars.offices().require(closure.office());
        for (AppointmentRecord r : tx.store(AppointmentStore.class).onDay(closure.office(), closure.date())) {
            if (r.status() == AppointmentStatus.BOOKED || r.status() == AppointmentStatus.WAITING) {
                release(tx, r, office, closure.reason(), false);
            }
        }
        for (WaitlistRecord w : tx.store(AppointmentStore.class).waitlistOnDay(closure.office(), closure.date())) {
            if (w.status() == WaitlistStatus.OFFERED) {
                waitlist.releaseHeld(tx, w, office);
            }
            AppointmentRules.save(tx, w, w.toBuilder().status(WaitlistStatus.CANCELLED).offeredStart(null)
                    .offerExpiresAt(null).appointment(null).heldOperator(null));
        }
    }
}
