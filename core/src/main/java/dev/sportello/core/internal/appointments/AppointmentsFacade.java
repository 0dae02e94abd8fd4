package dev.sportello.core.internal.appointments;

import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Appointments;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.DeclineOffer;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@link Appointments} use case (R-APT-1…6): reads here, every change handed to the part that owns
 * it.
 *
 * <p>Thread-safe.
 */
final class AppointmentsFacade implements Appointments {
    private final Kernel kernel;
    private final AppointmentRules rules;
    private final Booking booking;
    private final CallDesk callDesk;
    private final Changes changes;
    private final Waitlist waitlist;

    AppointmentsFacade(Kernel kernel, AppointmentRules rules, Booking booking, CallDesk callDesk, Changes changes,
                       Waitlist waitlist) {
        this.kernel = kernel;
        this.rules = rules;
        this.booking = booking;
        this.callDesk = callDesk;
        this.changes = changes;
        this.waitlist = waitlist;
    }

    @Override
    public Availability availability(Principal principal, AvailabilityQuery query) {
        return booking.availability(principal, query);
    }

    @Override
    public Appointment book(Principal principal, BookAppointment command) {
        return booking.book(principal, command);
    }

    @Override
    public Appointment get(Principal principal, AppointmentId id) {
        Checks.notNull(id, "get", "id");
        return kernel.execute(principal, Operation.APPOINTMENT_READ, tx -> {
            AppointmentRecord r = AppointmentRules.load(tx, id);
            rules.authorize(tx, Operation.APPOINTMENT_READ, r, Rule.ANYONE);
            return AppointmentViews.view(r);
        });
    }

    @Override
    public Page<Appointment> mine(Principal principal, PageRequest page) {
        Checks.notNull(page, "mine", "page");
        return kernel.execute(principal, Operation.APPOINTMENT_READ, page, tx -> {
            UserId owner = ObjectAccess.requireUser(principal, Operation.APPOINTMENT_READ);
            Page<AppointmentRecord> records = tx.store(AppointmentStore.class).ofOwner(owner, page);
            return new Page<>(records.items().stream().map(AppointmentViews::view).toList(), records.nextCursor());
        });
    }

    @Override
    public List<Appointment> agenda(Principal principal, OfficeCode office, LocalDate day) {
        Checks.notNull(office, "agenda", "office");
        Checks.date(day, "agenda", "day");
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, tx -> {
            rules.access().requireOfficeStaff(principal, Operation.APPOINTMENT_WORK, office);
            return tx.store(AppointmentStore.class).onDay(office, day).stream()
                    .filter(r -> r.status() != AppointmentStatus.CANCELLED).map(AppointmentViews::view).toList();
        });
    }

    @Override
    public List<Appointment> waitingRoom(Principal principal, OfficeCode office) {
        Checks.notNull(office, "waitingRoom", "office");
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, tx -> {
            rules.access().requireOfficeStaff(principal, Operation.APPOINTMENT_WORK, office);
            return tx.store(AppointmentStore.class).waiting(office).stream().map(AppointmentViews::view).toList();
        });
    }

    @Override
    public Appointment join(Principal principal, JoinVideoCall command) {
        return callDesk.join(principal, command);
    }

    @Override
    public Appointment recordIdentityCheck(Principal principal, RecordIdentityCheck command) {
        return callDesk.recordIdentityCheck(principal, command);
    }

    @Override
    public Appointment admit(Principal principal, AdmitUser command) {
        return callDesk.admit(principal, command);
    }

    @Override
    public Appointment recordAssistanceConsent(Principal principal, RecordAssistanceConsent command) {
        return callDesk.recordAssistanceConsent(principal, command);
    }

    @Override
    public Appointment admitAssistant(Principal principal, AdmitAssistant command) {
        return callDesk.admitAssistant(principal, command);
    }

    @Override
    public Appointment complete(Principal principal, CompleteAppointment command) {
        return callDesk.complete(principal, command);
    }

    @Override
    public Appointment cancel(Principal principal, CancelAppointment command) {
        return changes.cancel(principal, command);
    }

    @Override
    public Appointment reschedule(Principal principal, RescheduleAppointment command) {
        return changes.reschedule(principal, command);
    }

    @Override
    public Appointment markNoShow(Principal principal, MarkNoShow command) {
        return callDesk.markNoShow(principal, command);
    }

    @Override
    public WaitlistEntry joinWaitlist(Principal principal, JoinWaitlist command) {
        return waitlist.join(principal, command);
    }

    @Override
    public List<WaitlistEntry> waitlist(Principal principal) {
        return waitlist.mine(principal);
    }

    @Override
    public WaitlistEntry acceptOffer(Principal principal, AcceptOffer command) {
        return waitlist.accept(principal, command);
    }

    @Override
    public WaitlistEntry declineOffer(Principal principal, DeclineOffer command) {
        return waitlist.decline(principal, command);
    }

    @Override
    public WaitlistEntry leaveWaitlist(Principal principal, LeaveWaitlist command) {
        return waitlist.leave(principal, command);
    }
}
