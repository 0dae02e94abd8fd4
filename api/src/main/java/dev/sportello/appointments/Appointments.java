package dev.sportello.appointments;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Appointments with an office (R-APT-1…6): availability, booking in person, by phone callback or by
 * video call, the admission code and waiting room of video calls, identification of the user and of an
 * assistant, reminders, cancellation, rescheduling, no-shows, outcomes and a waitlist.
 *
 * <p>No slot is ever overbooked: a seat is taken with a bounded counter in the booking's own
 * transaction, so when bookings race for the last seats exactly the free seats succeed.
 *
 * <p>Access: users book for themselves or for whom they act (valid delegation); operators of the office
 * work the appointments of their office (sign-language appointments: operators with that skill);
 * services may read and cancel. Every other access is denied and audited.
 *
 * <p>Implementations are thread-safe.
 */
public interface Appointments {
    /**
     * The slots of a calendar with their remaining seats.
     *
     * @param principal the acting principal, not null
     * @param query     the calendar, mode and days, not null
     * @return the slots, full ones included
     */
    Availability availability(Principal principal, AvailabilityQuery query);

    /**
     * Books a slot; a retry with the same idempotency key returns the same appointment. Sends the
     * confirmation (inbox, e-mail with an invitation, push; for video calls the link and, by SMS, the
     * admission code) and schedules the reminder.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the booking, not null
     * @return the appointment
     */
    Appointment book(Principal principal, BookAppointment command);

    /**
     * An appointment.
     *
     * @param principal its user (or delegate), an operator of its office, or a service, not null
     * @param id        the appointment, not null
     * @return the appointment
     */
    Appointment get(Principal principal, AppointmentId id);

    /**
     * The appointments of the principal's subject, latest start first.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<Appointment> mine(Principal principal, PageRequest page);

    /**
     * An office's appointments on a day (not cancelled), in start order.
     *
     * @param principal an operator of the office, or a service, not null
     * @param office    the office, not null
     * @param day       the day in the office's zone, not null
     * @return the appointments
     */
    List<Appointment> agenda(Principal principal, OfficeCode office, LocalDate day);

    /**
     * The users waiting in the office's video-call waiting room, longest waiting first.
     *
     * @param principal an operator of the office, not null
     * @param office    the office, not null
     * @return the waiting appointments
     */
    List<Appointment> waitingRoom(Principal principal, OfficeCode office);

    /**
     * Enters a video call's waiting room with the admission code.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the appointment and code, not null
     * @return the appointment, WAITING
     */
    Appointment join(Principal principal, JoinVideoCall command);

    /**
     * Records the user's identity check.
     *
     * @param principal an operator of the office, not null
     * @param command   the check, not null
     * @return the appointment
     */
    Appointment recordIdentityCheck(Principal principal, RecordIdentityCheck command);

    /**
     * Admits the user.
     *
     * @param principal an operator of the office, not null
     * @param command   the appointment, not null
     * @return the appointment, IN_PROGRESS
     */
    Appointment admit(Principal principal, AdmitUser command);

    /**
     * Records the user's consent to be assisted.
     *
     * @param principal the user (or delegate), or an operator of the office, not null
     * @param command   the appointment, not null
     * @return the appointment
     */
    Appointment recordAssistanceConsent(Principal principal, RecordAssistanceConsent command);

    /**
     * Identifies and admits an assistant.
     *
     * @param principal an operator of the office, not null
     * @param command   the assistant, not null
     * @return the appointment
     */
    Appointment admitAssistant(Principal principal, AdmitAssistant command);

    /**
     * Completes an appointment in progress with an outcome.
     *
     * @param principal an operator of the office, not null
     * @param command   the outcome, not null
     * @return the appointment, COMPLETED
     */
    Appointment complete(Principal principal, CompleteAppointment command);

    /**
     * Cancels an appointment that has not started; its seat goes to the waitlist.
     *
     * @param principal the user (or delegate), an operator of the office, or a service, not null
     * @param command   the cancellation, not null
     * @return the appointment, CANCELLED
     */
    Appointment cancel(Principal principal, CancelAppointment command);

    /**
     * Moves an appointment to another slot, atomically.
     *
     * @param principal the user (or delegate), or an operator of the office, not null
     * @param command   the new slot, not null
     * @return the appointment
     */
    Appointment reschedule(Principal principal, RescheduleAppointment command);

    /**
     * Records a no-show.
     *
     * @param principal an operator of the office, not null
     * @param command   the appointment, not null
     * @return the appointment, NO_SHOW
     */
    Appointment markNoShow(Principal principal, MarkNoShow command);

    /**
     * Waits for a seat on a full day.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the day, not null
     * @return the entry, WAITING
     */
    WaitlistEntry joinWaitlist(Principal principal, JoinWaitlist command);

    /**
     * The waitlist entries of the principal's subject, newest first.
     *
     * @param principal the user, or whoever acts for them, not null
     * @return the entries
     */
    List<WaitlistEntry> waitlist(Principal principal);

    /**
     * Accepts an offer: the held seat becomes an appointment.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the offer, not null
     * @return the entry, ACCEPTED, naming the appointment
     */
    WaitlistEntry acceptOffer(Principal principal, AcceptOffer command);

    /**
     * Declines an offer: the user leaves the waitlist and the seat passes to the next user.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the offer, not null
     * @return the entry, LEFT
     */
    WaitlistEntry declineOffer(Principal principal, DeclineOffer command);

    /**
     * Leaves the waitlist; a held seat passes to the next user.
     *
     * @param principal the user, or whoever acts for them, not null
     * @param command   the entry and the version read, not null
     * @return the entry, LEFT
     */
    WaitlistEntry leaveWaitlist(Principal principal, LeaveWaitlist command);
}
