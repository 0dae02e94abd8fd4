package dev.sportello.examples.quickstart;

import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.DispatchReport;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sportello.ServiceGrants;
import dev.sportello.adapters.mail.SenderIdentity;
import dev.sportello.adapters.mail.SmtpEmailChannel;
import dev.sportello.adapters.mail.SmtpSecurity;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.core.SportelloSdk;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/**
 * Sportello end to end on the embedded defaults (in-memory storage, console channels): what a new
 * integrator needs first. Run it with README's first command.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class Quickstart {
    static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    /** Friday 4 December 2026, 10:00 in Rome: the following Tuesday is a national holiday. */
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private Quickstart() {
    }

    /**
     * Runs the scenario.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.log.com.icegreen", "warn");   // the stand-in mail server, not the SDK
        GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        try {
            run(mailServer);
        } finally {
            mailServer.stop();
        }
        System.out.println();
        System.out.println("Quickstart finished.");
    }

    private static void run(GreenMail mailServer) {
        SmtpEmailChannel smtp = SmtpEmailChannel.builder()          // the institution's relay in production
                .host("127.0.0.1").port(mailServer.getSmtp().getPort()).security(SmtpSecurity.NONE)
                .sender(SenderIdentity.of(new EmailAddress("noreply@sportello.example"), "INPS – Sportello virtuale"))
                .build();
        Demo transports = new Demo(smtp);
        MemoryOfficeDirectory directory = MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, WeeklyHours.weekdays("08:30-12:30", "14:00-16:00"),
                        MonthDay.of(6, 29)), "H501")
                .operator(new Operator(RequestsDemo.ANNA, ROMA, "Anna Bianchi", Set.of(OperatorRole.BACK_OFFICE), Set.of(),
                        WeeklyHours.weekdays("08:30-12:30")))
                .operator(new Operator(AppointmentsDemo.GIULIA, ROMA, "Giulia Russo", Set.of(OperatorRole.FRONT_OFFICE),
                        Set.of(Skill.SIGN_LANGUAGE, Skill.FRAGILE_CHANNEL), WeeklyHours.weekdays("08:30-12:30")))
                .office(DossiersDemo.office(), "F205")                     // Milan: where Lucia works
                .operator(DossiersDemo.operator())
                .calendar(AppointmentsDemo.calendar())
                .build();
        DemoClock clock = new DemoClock(NOW);
        RecordingPostalChannel printAndPost = new RecordingPostalChannel();   // a print-and-post provider in production
        try (SportelloSdk sdk = SportelloSdk.builder()
                .unitOfWork(new MemoryStorage())
                .officeDirectory(directory)
                .clock(clock)
                .smsChannel(transports).emailChannel(transports).pushChannel(transports).eventSink(transports)
                .appointments(a -> a.meetingProvider(new DeterministicMeetings("https://meet.example.it/stanza/", "quickstart")))
                .users(u -> u.fragilityRegister(FragileDemo.records(AppointmentsDemo.records())))
                .medicalReports(MedicalDemo::links)
                .attestations(MedicalDemo::attestations)
                .postalChannel(printAndPost)
                .fragileUsers(f -> f.phoneLine("800 123 456").portal(java.net.URI.create("https://servizi.example.it/fragili"))
                        .mailbox(new EmailAddress("canale.fragili@example.it")))
                // the portal (a service principal) may do only what it is granted: register users after login,
                // publish notices, read what it sent and the audit trail; the institution's records service
                // may only feed dossiers; the switchboard reports voicemails
                .serviceGrants(ServiceGrants.builder().grant("portal", Operation.USER_REGISTER,
                        Operation.NOTIFICATION_ADMIN, Operation.INBOX_READ, Operation.ADMINISTRATION)
                        .grant(DossiersDemo.RECORDS, Operation.DOSSIER_FEED)
                        .grant(MedicalDemo.RECORDS, Operation.DOSSIER_FEED)
                        .grant(FamilyDemo.REGISTRY, Operation.DELEGATION_GRANT)
                        .grant("phone-system", Operation.FRAGILE_PHONE_LINE).build())
                .build()) {
            UserProfile maria = usersAndOffices(sdk, transports);
            notifications(sdk, maria, clock);
            Request answered = RequestsDemo.run(sdk, transports);
            AppointmentsDemo.run(sdk, transports, clock);
            mailbox(mailServer);
            rateTheAnswer(sdk, answered);
            DossiersDemo.run(sdk, maria);
            FamilyDemo.run(sdk, transports);
            FragileDemo.run(sdk, printAndPost, clock);
        }
    }

    /** R-DOS-6: the company rates the answer to its closed request; Anna reads the suggestion in her queue. */
    private static void rateTheAnswer(SportelloSdk sdk, Request answered) {
        step("18. The company rates the answer to its request; the office reads the suggestion");
        Principal company = Principal.user(answered.owner(), Credential.CNS);
        FeedbackEntry rating = sdk.feedback().give(company, new GiveFeedback(new FeedbackTarget.ClosedRequest(answered.id()),
                4, "Risposta chiara. Utile poter allegare anche i file ZIP."));
        say("rated %d/5 for %s; suggestion %s", rating.rating(), rating.office(), rating.state());
        Principal anna = Principal.operator(RequestsDemo.ANNA, Credential.CIE);
        sdk.feedback().suggestions(anna, SuggestionQuery.toTriage(ROMA, PageRequest.first(10))).items()
                .forEach(s -> say("Anna's queue: %d/5 \"%s\"", s.rating(), s.suggestion()));
    }

    /** What the SMTP server received: the e-mails went over the wire, with their headers. */
    private static void mailbox(GreenMail mailServer) {
        step("17. The e-mails went over real SMTP (an in-process server stands in for the mail relay)");
        MimeMessage[] received = mailServer.getReceivedMessages();
        say("the SMTP server received %d e-mails", received.length);
        if (received.length == 0) {
            throw new IllegalStateException("no e-mail reached the SMTP server: see the messages' status above");
        }
        try {
            MimeMessage last = received[received.length - 1];
            say("the last: \"%s\", Message-ID %s (derived from the outbox entry: a retry has the same one), %s",
                    last.getSubject(), last.getMessageID(), last.getContentType().replaceAll("[;\\s].*", ""));
        } catch (MessagingException e) {
            throw new IllegalStateException("the mail server's copy cannot be read", e);
        }
    }

    static UserProfile usersAndOffices(SportelloSdk sdk, Demo transports) {
        Principal portal = Principal.service("portal");

        step("1. The portal registers a citizen after her SPID login");
        TaxCode taxCode = TaxCode.parse("vrdlcu80a41h501k", "taxCode");
        UserProfile maria = sdk.users().register(portal,
                new RegisterCitizen(taxCode, "Lucia Verdi", new MunicipalityCode("H501"), Language.IT));
        say("registered user %s, tax code %s (shown masked), born %s, %d years old",
                maria.id(), taxCode, taxCode.birthDate(LocalDate.of(2026, 12, 4)), taxCode.ageOn(LocalDate.of(2026, 12, 4)));
        Principal lucia = Principal.user(maria.id(), Credential.SPID_L2);

        step("2. She adds her mobile and her e-mail; they stay unverified until she types the codes we send");
        ContactPoint mobile = sdk.users().addContact(lucia, new AddContact(maria.id(), ContactKind.MOBILE, "347 765 4321"));
        ContactPoint email = sdk.users().addContact(lucia, new AddContact(maria.id(), ContactKind.EMAIL, "lucia.verdi@example.it"));
        say("contacts %s and %s, verified=%s", mobile.value(), email.value(), mobile.verified());
        sdk.dispatcher().drain(10);
        ContactPoint verified = sdk.users().verifyContact(lucia,
                new VerifyContact(maria.id(), mobile.id(), transports.recorded.lastCode(new PhoneNumber(mobile.value())).orElseThrow()));
        sdk.users().verifyContact(lucia, new VerifyContact(maria.id(), email.id(),
                transports.recorded.lastCode(new EmailAddress(email.value())).orElseThrow()));
        say("she typed the codes from her phone and her mailbox: verified=%s", verified.verified());

        step("3. She adheres to the proactive services by SMS and e-mail (the history keeps who, when and what)");
        sdk.users().recordConsent(lucia, new RecordConsent(maria.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        var consents = sdk.users().recordConsent(lucia, new RecordConsent(maria.id(), Channel.EMAIL, ConsentChoice.PROACTIVE_OPT_IN));
        say("proactive SMS and e-mail allowed: %s; history: %s", consents.proactiveAllowed(Channel.EMAIL),
                consents.history().stream().map(e -> e.choice() + " " + e.channel() + " at " + e.at()).toList());

        step("4. Her competent office comes from her residence");
        Office office = sdk.offices().competentOffice(lucia, maria.id());
        say("%s (%s), zone %s", office.name(), office.code(), office.zone());

        step("5. Its next opening days around the Immaculate Conception (8 December)");
        List<CalendarDay> days = sdk.offices().nextOpeningDays(lucia, office.code(), LocalDate.of(2026, 12, 5), 4);
        days.forEach(d -> say("%s %s open %s", d.date(), d.date().getDayOfWeek(), d.hours()));
        sdk.offices().calendar(lucia, office.code(), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8))
                .forEach(d -> say("%s closed: %s (%s)", d.date(), d.closure(), d.description()));
        return maria;
    }

    static void notifications(SportelloSdk sdk, UserProfile maria, DemoClock clock) {
        Principal lucia = Principal.user(maria.id(), Credential.SPID_L2);

        MedicalDemo.run(sdk, maria, clock);

        step("7. After commit the dispatcher delivers; each channel decided by the consent rules");
        DispatchReport report = sdk.dispatcher().drain(10);
        say("dispatcher: %s", report);
        for (MessageView m : sdk.notifications().messages(lucia, maria.id(), PageRequest.first(10)).items()) {
            say("%-5s %-20s %-9s %s%s", m.channel(), m.kind(), m.status(),
                    m.skipReason() == null ? "" : "skipped: " + m.skipReason(),
                    m.channel() == Channel.SMS ? m.smsSegments() + " SMS part(s), " + m.smsEncoding() : "");
        }
        var sms = sdk.notifications().preview(Principal.service("portal"), RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                java.util.Map.of("protocol", "ROMA-TIBURTINO-2026-000042", "outcome", "Accolta"));
        say("an SMS preview: \"%s\" -> %d part(s) in %s", sms.text(), sms.smsSegments(), sms.smsEncoding());
        say("her inbox (%d unread):", sdk.notifications().unreadCount(lucia, maria.id()));
        sdk.notifications().inbox(lucia, maria.id(), PageRequest.first(10)).items()
                .forEach(n -> say("  [%s] %s — %s", n.read() ? "read" : "new", n.title(), n.body()));
    }
}
