package dev.sportello.examples.quickstart;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.MemoryFragilityRegister;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.Slot;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/** The appointments part of the quickstart (issue 5): a deaf citizen's video call with a sign-language operator. */
final class AppointmentsDemo {
    static final OperatorId GIULIA = OperatorId.of("00000000-0000-7000-8000-000000000002");
    static final AppointmentTopic PENSION_INFO = new AppointmentTopic(new TopicCode("PENSION_INFO"), "Informazioni sulla pensione",
            InformationLevel.FIRST);
    static final TaxCode PAOLO = TaxCode.parse("NREPLA62E14H501R", "taxCode");

    private AppointmentsDemo() {
    }

    /** The office's booking calendar: 30-minute slots on weekday mornings, seats per contact mode. */
    static BookingCalendar calendar() {
        return new BookingCalendar(Quickstart.ROMA, PENSION_INFO, WeeklyHours.weekdays("08:30-12:30"), Duration.ofMinutes(30),
                Map.of(ContactMode.IN_PERSON, 3, ContactMode.PHONE_CALLBACK, 2, ContactMode.VIDEO_CALL, 2),
                Duration.ofHours(1), 60);
    }

    /** The institution's records: Paolo and young Luca (the family part) are recognised as deaf (R-USR-5 c). */
    static MemoryFragilityRegister records() {
        return new MemoryFragilityRegister().put(PAOLO, FragilityFacts.deafPerson()).put(FamilyDemo.LUCA, FragilityFacts.deafPerson());
    }

    static void run(SportelloSdk sdk, Demo transports, DemoClock clock) {
        Principal portal = Principal.service("portal");
        UserProfile paolo = sdk.users().register(portal, new RegisterCitizen(PAOLO, "Paolo Neri", new MunicipalityCode("H501"),
                Language.IT));
        Principal withCie = Principal.user(paolo.id(), Credential.CIE);
        verify(sdk, transports, withCie, paolo, ContactKind.MOBILE, "333 123 4567");
        verify(sdk, transports, withCie, paolo, ContactKind.EMAIL, "paolo.neri@example.it");
        sdk.dispatcher().drain(10);

        step("13. Paolo, who is deaf, signs in with his CIE and books a video call with a sign-language operator");
        say("fragile-users grounds on record: %s", sdk.users().fragileEligibility(withCie, paolo.id()));
        Availability free = sdk.appointments().availability(withCie, new AvailabilityQuery(Quickstart.ROMA,
                PENSION_INFO.code(), ContactMode.VIDEO_CALL, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), Interpretation.SIGN_LANGUAGE));
        free.slots().stream().limit(5).forEach(s -> say("  %s  %d of %d seats with a LIS operator", s.local(), s.remaining(), s.seats()));
        say("  … %d slots in all (none on the 8th, a national holiday; Giulia signs 08:30-12:30)", free.slots().size());
        Slot chosen = free.free().stream().filter(s -> s.local().getHour() == 10).findFirst().orElseThrow();
        Appointment booked = sdk.appointments().book(withCie, new BookAppointment("paolo-lis-2026-12-07", Quickstart.ROMA,
                PENSION_INFO.code(), ContactMode.VIDEO_CALL, chosen.start(), Interpretation.SIGN_LANGUAGE));
        say("booked %s at %s, sign-language operator %s", booked.status(), booked.localStart(),
                booked.interpreter().map(OperatorId::toString).orElse("-"));

        step("14. After the commit the dispatcher opens the meeting room; then come the inbox notice, the e-mail with the"
                + " invitation and the SMS with the admission code; 30 minutes before, the reminder");
        sdk.dispatcher().drain(10);
        ContactDetails.VideoCall call = (ContactDetails.VideoCall) sdk.appointments().get(withCie, booked.id()).contact();
        say("meeting room open, link %s", call.joinLink().map(Object::toString).orElse("(not yet)"));

        sdk.dispatcher().drain(10);
        sdk.notifications().inbox(withCie, paolo.id(), PageRequest.first(1)).items()
                .forEach(n -> say("inbox: %s%n     %s", n.title(), n.body().replace("\n", "\n     ")));
        String mobile = sdk.users().get(withCie, paolo.id()).contacts().stream()
                .filter(c -> c.kind() == ContactKind.MOBILE).findFirst().orElseThrow().value();
        String code = admissionCode(transports, mobile);
        clock.set(booked.start().minus(Duration.ofMinutes(30)));
        say("the clock moves to %s", booked.start().minus(Duration.ofMinutes(30)).atZone(booked.zone()).toLocalTime());
        sdk.dispatcher().drain(10);

        step("15. At 09:55 he opens the link and types the code: he waits in the virtual waiting room");
        clock.set(booked.start().minus(Duration.ofMinutes(5)));
        Appointment waiting = sdk.appointments().join(withCie, new JoinVideoCall(booked.id(), code));
        Principal giulia = Principal.operator(GIULIA, Credential.CIE);
        say("%s; Giulia's waiting room: %s", waiting.status(), sdk.appointments().waitingRoom(giulia, Quickstart.ROMA).stream()
                .map(a -> a.localStart().toLocalTime() + " " + a.mode()).toList());

        step("16. Giulia checks his CIE, admits him, and identifies the sister he wants as assistant (his consent first)");
        Appointment checked = sdk.appointments().recordIdentityCheck(giulia, new RecordIdentityCheck(waiting.id(),
                waiting.version(), new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA48213KD",
                LocalDate.of(2022, 3, 15), LocalDate.of(2033, 5, 14), true)));
        IdentityCheck identity = checked.identityCheck().orElseThrow();
        say("identity checked: %s %s, expires %s", identity.type(), identity.maskedNumber(), identity.expiresOn());
        clock.set(booked.start());
        Appointment admitted = sdk.appointments().admit(giulia, new AdmitUser(checked.id(), checked.version()));
        Appointment consented = sdk.appointments().recordAssistanceConsent(withCie,
                new RecordAssistanceConsent(admitted.id(), admitted.version()));
        Appointment assisted = sdk.appointments().admitAssistant(giulia, new AdmitAssistant(consented.id(),
                consented.version(), "Sara Neri", new IdentityDocument(IdentityDocumentType.PASSPORT, "YB7712093",
                LocalDate.of(2021, 9, 1), LocalDate.of(2031, 8, 31), true)));
        Assistance assistance = assisted.assistance().orElseThrow();
        say("%s, consent at %s, assistant %s (%s)", assisted.status(), assistance.consentAt(), assistance.assistantName(),
                assistance.check().maskedNumber());
        Appointment done = sdk.appointments().complete(giulia, new CompleteAppointment(assisted.id(), assisted.version(),
                "INFORMATION_GIVEN", "Spiegati i requisiti della pensione di vecchiaia"));
        say("%s with outcome %s", done.status(), ((AppointmentState.Completed) done.state()).outcome());
        say("audit trail of the appointment (ids only, no personal data):");
        for (AuditEntry e : sdk.audit().forSubject(portal, done.id(), PageRequest.first(20)).items()) {
            say("  %s %-34s by %s", e.at(), e.action(), e.actor().asText());
        }
    }

    private static String admissionCode(Demo transports, String mobile) {
        return transports.recorded.lastCode(new PhoneNumber(mobile)).orElseThrow(() ->
                new IllegalStateException("no admission code received"));
    }

    static void verify(SportelloSdk sdk, Demo transports, Principal principal, UserProfile user, ContactKind kind,
                               String value) {
        ContactPoint contact = sdk.users().addContact(principal, new AddContact(user.id(), kind, value));
        sdk.dispatcher().drain(10);
        // the recording channel hands over the code the SDK sent, as a portal's test would read it
        String code = (kind == ContactKind.MOBILE ? transports.recorded.lastCode(new PhoneNumber(contact.value()))
                : transports.recorded.lastCode(new EmailAddress(contact.value())))
                .orElseThrow(() -> new IllegalStateException("no code received"));
        sdk.users().verifyContact(principal, new VerifyContact(user.id(), contact.id(), code));
    }
}
