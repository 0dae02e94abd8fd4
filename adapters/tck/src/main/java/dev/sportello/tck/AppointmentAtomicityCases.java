package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.DeclineOffer;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.Slot;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Office;
import dev.sportello.spi.SmsMessage;
import dev.sportello.tck.AtomicityContract.Case;
import dev.sportello.tck.AtomicityContract.Prepared;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.sportello.tck.AtomicityCases.messages;
import static dev.sportello.tck.AtomicityCases.prepared;
import static dev.sportello.tck.AtomicityCases.today;

/**
 * The appointments rows of {@link AtomicityContract} (and the day closure, which cancels bookings):
 * booking, changes, the waitlist and the call desk. Each arrangement takes the first free slot from the
 * harness's current time, so that rows arranged one after another never compete for a seat.
 */
final class AppointmentAtomicityCases {
    private static final Principal FRONT_OFFICE = Principal.operator(TckOffices.ROMA_FRONT_OFFICE, Credential.CIE);
    private static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);
    private static final TopicCode PENSION = TckOffices.PENSION_INFO.code();
    private static final TopicCode CERTIFICATES = TckOffices.CERTIFICATES.code();

    private AppointmentAtomicityCases() {
    }

    static List<Case> rows() {
        return List.of(
                new Case("appointments.book in person", h -> booking(h, ContactMode.IN_PERSON)),
                new Case("appointments.book video call", h -> booking(h, ContactMode.VIDEO_CALL)),
                onBooked("appointments.cancel", ContactMode.VIDEO_CALL, (h, a) -> () -> h.sdk.appointments().cancel(
                        ownerOf(a), new CancelAppointment(a.id(), a.version(), "Imprevisto"))),
                new Case("appointments.reschedule", h -> {
                    Appointment a = booked(h, ContactMode.IN_PERSON);
                    Instant later = freeSlot(h, PENSION, ContactMode.IN_PERSON, a.start(), today(h));
                    return prepared(() -> h.sdk.appointments().reschedule(ownerOf(a), new RescheduleAppointment(a.id(),
                            a.version(), later)), () -> List.of(view(h, a), remaining(h, PENSION, ContactMode.IN_PERSON,
                            a.start()), remaining(h, PENSION, ContactMode.IN_PERSON, later)), a.id());
                }),
                new Case("offices.closeDay", h -> {
                    Appointment a = booked(h, ContactMode.IN_PERSON, today(h).plusDays(1));
                    LocalDate day = LocalDate.ofInstant(a.start(), Office.ROME);
                    return prepared(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TckOffices.ROMA, day,
                            "Assemblea del personale")), () -> List.of(view(h, a), h.sdk.offices().calendar(
                            SdkHarness.PORTAL, TckOffices.ROMA, day, day)), a.id(), TckOffices.ROMA);
                }),
                new Case("appointments.cancel with a waitlist", h -> {
                    FullDay full = fullDay(h);
                    UserProfile waiter = h.citizenWithContacts();
                    h.sdk.appointments().joinWaitlist(cie(waiter), full.join());
                    Appointment a = full.bookings().get(0);
                    return prepared(() -> h.sdk.appointments().cancel(ownerOf(a), new CancelAppointment(a.id(), a.version(),
                            "Imprevisto")), () -> List.of(view(h, a), waitlist(h, waiter), messages(h, waiter)), a.id());
                }),
                new Case("appointments.joinWaitlist", h -> {
                    FullDay full = fullDay(h);
                    UserProfile waiter = h.citizenWithContacts();
                    return prepared(() -> h.sdk.appointments().joinWaitlist(cie(waiter), full.join()),
                            () -> waitlist(h, waiter), waiter.id());
                }),
                onOffer("appointments.acceptOffer", (h, e) -> () -> h.sdk.appointments().acceptOffer(ownerOf(e),
                        new AcceptOffer(e.id(), e.version()))),
                onOffer("appointments.declineOffer", (h, e) -> () -> h.sdk.appointments().declineOffer(ownerOf(e),
                        new DeclineOffer(e.id(), e.version()))),
                new Case("appointments.leaveWaitlist", h -> {
                    FullDay full = fullDay(h);
                    UserProfile waiter = h.citizenWithContacts();
                    WaitlistEntry e = h.sdk.appointments().joinWaitlist(cie(waiter), full.join());
                    return prepared(() -> h.sdk.appointments().leaveWaitlist(cie(waiter), new LeaveWaitlist(e.id(),
                            e.version())), () -> waitlist(h, waiter), e.id());
                }),
                onBooked("appointments.markNoShow", ContactMode.IN_PERSON, (h, a) -> {
                    h.clock.set(a.start().plus(Duration.ofMinutes(16)));
                    return () -> h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(a.id(), a.version()));
                }),
                onBooked("appointments.join", ContactMode.VIDEO_CALL, (h, a) -> {
                    String code = admissionCode(h, a);
                    return () -> h.sdk.appointments().join(ownerOf(a), new JoinVideoCall(a.id(), code));
                }),
                onBooked("appointments.recordIdentityCheck", ContactMode.VIDEO_CALL, (h, a) -> {
                    Appointment waiting = joined(h, a);
                    return () -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(
                            waiting.id(), waiting.version(), AppointmentScenarios.document(LocalDate.of(2031, 5, 3))));
                }),
                onBooked("appointments.admit", ContactMode.VIDEO_CALL, (h, a) -> {
                    Appointment checked = checked(h, joined(h, a));
                    return () -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(), checked.version()));
                }),
                onBooked("appointments.complete", ContactMode.VIDEO_CALL, (h, a) -> {
                    Appointment checked = checked(h, joined(h, a));
                    Appointment admitted = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(),
                            checked.version()));
                    return () -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(admitted.id(),
                            admitted.version(), "INFORMATION_GIVEN", "Informazioni fornite."));
                }));
    }

    /** The Roma certificate counter with both seats of a day taken, and the waitlist command for that day. */
    private record FullDay(List<Appointment> bookings, JoinWaitlist join) {
    }

    private static Prepared booking(SdkHarness h, ContactMode mode) {
        UserProfile user = h.citizenWithContacts();
        Instant start = freeSlot(h, PENSION, mode, null, today(h));
        BookAppointment command = BookAppointment.of("apt-" + UUID.randomUUID(), TckOffices.ROMA, PENSION, mode, start);
        return prepared(() -> h.sdk.appointments().book(cie(user), command),
                () -> List.of(h.sdk.appointments().mine(cie(user), PageRequest.first(20)).items(),
                        remaining(h, PENSION, mode, start), messages(h, user)), user.id());
    }

    private static Case onBooked(String name, ContactMode mode, BiFunction<SdkHarness, Appointment, Runnable> command) {
        return new Case(name, h -> {
            Appointment a = booked(h, mode);
            Runnable run = command.apply(h, a);
            return prepared(run, () -> List.of(view(h, a), remaining(h, PENSION, mode, a.start())), a.id());
        });
    }

    private static Case onOffer(String name, BiFunction<SdkHarness, WaitlistEntry, Runnable> command) {
        return new Case(name, h -> {
            FullDay full = fullDay(h);
            UserProfile waiter = h.citizenWithContacts();
            h.sdk.appointments().joinWaitlist(cie(waiter), full.join());
            Appointment freed = full.bookings().get(0);
            h.sdk.appointments().cancel(ownerOf(freed), new CancelAppointment(freed.id(), freed.version(), "Imprevisto"));
            WaitlistEntry offered = waitlist(h, waiter).get(0);
            return prepared(command.apply(h, offered), () -> List.of(waitlist(h, waiter),
                    h.sdk.appointments().mine(cie(waiter), PageRequest.first(20)).items(),
                    remaining(h, CERTIFICATES, ContactMode.IN_PERSON, freed.start())), offered.id());
        });
    }

    private static Appointment booked(SdkHarness h, ContactMode mode) {
        return booked(h, mode, today(h));
    }

    private static Appointment booked(SdkHarness h, ContactMode mode, LocalDate from) {
        UserProfile user = h.citizenWithContacts();
        Instant start = freeSlot(h, PENSION, mode, null, from);
        Appointment a = h.sdk.appointments().book(cie(user), BookAppointment.of("apt-" + UUID.randomUUID(),
                TckOffices.ROMA, PENSION, mode, start));
        h.deliver();
        return h.sdk.appointments().get(cie(user), a.id());
    }

    private static FullDay fullDay(SdkHarness h) {
        for (int d = 1; d <= 30; d++) {
            LocalDate day = today(h).plusDays(d);
            List<Slot> slots = h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(TckOffices.ROMA,
                    CERTIFICATES, ContactMode.IN_PERSON, day, day, Interpretation.NONE)).slots();
            if (!slots.isEmpty() && slots.stream().allMatch(s -> s.remaining() == s.seats())) {
                List<Appointment> bookings = slots.stream().map(s -> h.sdk.appointments().book(
                        cie(h.citizenWithContacts()), BookAppointment.of("apt-" + UUID.randomUUID(), TckOffices.ROMA,
                                CERTIFICATES, ContactMode.IN_PERSON, s.start()))).toList();
                return new FullDay(bookings, new JoinWaitlist(TckOffices.ROMA, CERTIFICATES, ContactMode.IN_PERSON, day,
                        Interpretation.NONE));
            }
        }
        throw new IllegalStateException("no free certificates day in the next 30 days");
    }

    private static Instant freeSlot(SdkHarness h, TopicCode topic, ContactMode mode, Instant not, LocalDate from) {
        return h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(TckOffices.ROMA, topic, mode,
                        from, from.plusDays(30), Interpretation.NONE)).slots().stream()
                .filter(s -> s.remaining() > 0 && !s.start().equals(not)).findFirst().orElseThrow().start();
    }

    private static Object remaining(SdkHarness h, TopicCode topic, ContactMode mode, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, Office.ROME);
        return h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(TckOffices.ROMA, topic, mode,
                day, day, Interpretation.NONE)).slots().stream().filter(s -> s.start().equals(start))
                .map(Slot::remaining).toList();
    }

    private static Object view(SdkHarness h, Appointment a) {
        return h.sdk.appointments().get(ownerOf(a), a.id());
    }

    private static List<WaitlistEntry> waitlist(SdkHarness h, UserProfile user) {
        return h.sdk.appointments().waitlist(cie(user));
    }

    private static Principal cie(UserProfile user) {
        return Principal.user(user.id(), Credential.CIE);
    }

    private static Principal ownerOf(Appointment a) {
        return Principal.user(a.owner(), Credential.CIE);
    }

    private static Principal ownerOf(WaitlistEntry e) {
        return Principal.user(e.owner(), Credential.CIE);
    }

    private static String admissionCode(SdkHarness h, Appointment a) {
        UserProfile user = h.sdk.users().get(SdkHarness.PORTAL, a.owner());
        String number = user.contacts().stream().filter(c -> c.kind() == ContactKind.MOBILE).findFirst().orElseThrow()
                .value();
        List<SmsMessage> sms = h.channels.sms().stream().filter(s -> s.to().e164().equals(number)).toList();
        h.clock.set(a.start().minus(Duration.ofMinutes(5)));
        return AppointmentScenarios.admissionCode(sms);
    }

    private static Appointment joined(SdkHarness h, Appointment a) {
        String code = admissionCode(h, a);
        return h.sdk.appointments().join(ownerOf(a), new JoinVideoCall(a.id(), code));
    }

    private static Appointment checked(SdkHarness h, Appointment waiting) {
        return h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                waiting.version(), AppointmentScenarios.document(LocalDate.of(2031, 5, 3))));
    }
}
