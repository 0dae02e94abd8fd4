package dev.sportello.examples.quickstart;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.adapters.memory.MemoryFragilityRegister;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CallerIdentified;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.RecordContact;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.offices.Office;
import dev.sportello.spi.PostalLetter;
import dev.sportello.users.Allowance;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/**
 * The fragile-users part of the quickstart (issue 15 §2, R-USR-5): a 76-year-old with an attendance allowance
 * is enrolled and posted her personal code, calls and is identified, leaves a voicemail at night, is called back
 * at the office's next opening, and has her tax certificate posted.
 */
final class FragileDemo {
    static final TaxCode GIOVANNA = TaxCode.parse("SPSGNN50E54H501E", "taxCode");

    private FragileDemo() {
    }

    /** The institution's records: Giovanna, 76, receives an attendance allowance (R-USR-5 a). */
    static MemoryFragilityRegister records(MemoryFragilityRegister records) {
        return records.put(GIOVANNA, new FragilityFacts(Set.of(Allowance.ATTENDANCE), false, false, true, false));
    }

    private static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(Office.ROME).toInstant();
    }

    static void run(SportelloSdk sdk, RecordingPostalChannel printAndPost, DemoClock clock) {
        Principal portal = Principal.service("portal");
        UserProfile giovanna = sdk.users().register(portal, new RegisterCitizen(GIOVANNA, "Giovanna Esposito",
                new MunicipalityCode("H501"), Language.IT));
        Principal desk = Principal.operator(AppointmentsDemo.GIULIA, Credential.CIE);

        step("28. Giovanna, 76, receives an attendance allowance: Giulia, of the fragile-users channel, enrols her");
        say("grounds on record: %s", sdk.users().fragileEligibility(desk, giovanna.id()));
        Enrolment enrolment = sdk.fragileUsers().enrol(desk, new EnrolFragileUser(giovanna.id(),
                new PostalAddress("Via Nomentana 250", "00162", "Roma", "RM")));
        say("enrolled at %s; personal code %s (only its salted hash is stored), %d attempts", enrolment.office(),
                enrolment.codeStatus(), enrolment.attemptsLeft());
        sdk.dispatcher().drain(10);
        PostalLetter letter = printAndPost.letter(enrolment.codeLetter().toString()).orElseThrow();
        say("after commit the letter went to the print-and-post provider: %s, %d document(s), a PDF of %d bytes", letter.kind(),
                letter.documents().size(), letter.documents().get(0).size());
        String code = printAndPost.personalCode(enrolment.codeLetter().toString()).orElseThrow();

        step("29. She calls the dedicated line; Giulia identifies her by tax code and personal code");
        CallerIdentified caller = sdk.fragileUsers().identify(desk, new IdentifyCaller(GIOVANNA, code.toLowerCase()));
        say("identified %s, office %s", caller.user(), caller.office());
        sdk.fragileUsers().recordContact(desk, new RecordContact(giovanna.id(), ContactChannel.PHONE_CALL,
                ContactOutcome.INFORMATION_GIVEN));

        step("30. Monday night she leaves a voicemail; the 8th is a holiday, so the callback is due Wednesday at opening");
        clock.set(rome("2026-12-07T21:40"));
        Callback callback = sdk.fragileUsers().leaveVoicemail(Principal.service("phone-system"), new LeaveVoicemail(
                giovanna.id(), rome("2026-12-07T21:32"), new PhoneNumber("+390612345678")));
        say("callback due %s, for operators with %s", callback.dueAt().atZone(Office.ROME).toLocalDateTime(),
                callback.skills());
        CallbackQuery queue = new CallbackQuery(Quickstart.ROMA, PageRequest.first(10));
        say("Giulia's queue tonight: %d", sdk.fragileUsers().callbacks(desk, queue).items().size());
        clock.set(rome("2026-12-09T08:40"));
        List<Callback> due = sdk.fragileUsers().callbacks(desk, queue).items();
        say("Wednesday 08:40, Giulia's queue: %d; she calls back", due.size());
        for (Callback c : due) {
            sdk.fragileUsers().completeCallback(desk, new CompleteCallback(c.id(), ContactOutcome.DOCUMENT_REQUESTED,
                    c.version()));
        }

        step("31. She asks for her tax certificate by post; it goes to her residence, never by e-mail");
        DossierId pension = DossierId.of("PEN-2026-000777");   // a pension dossier of the institution's records
        Principal records = Principal.service(DossiersDemo.RECORDS);
        sdk.dossiers().report(records, new DossierReport(pension, 1, rome("2026-03-01T09:00"), DossierKindCode.PENSION,
                giovanna.id(), Quickstart.ROMA, DossierStatus.IN_PROGRESS, null, null, List.of(), List.of(), null));
        byte[] certificate = "%PDF-1.7\nCertificazione Unica 2026\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        sdk.dossiers().storeDocument(records, new DocumentUpload(pension, DocumentId.of("CU-2026"),
                DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026", "CU_2026.pdf", "application/pdf", 2026,
                LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(certificate)));
        Principal asGiovanna = Principal.user(giovanna.id(), Credential.SPID_L2);
        sdk.fragileUsers().requestDocument(asGiovanna, new RequestDocumentByPost(giovanna.id(),
                DocumentKind.TAX_CERTIFICATE, null));
        sdk.dispatcher().drain(10);

        step("32. What she sees: her letters and her contacts with the channel");
        for (Letter l : sdk.fragileUsers().letters(asGiovanna, giovanna.id())) {
            say("letter %-13s %-6s %s", l.purpose(), l.status(), l.reference());
        }
        sdk.fragileUsers().contacts(asGiovanna, giovanna.id()).forEach(c -> say("contact %-10s %-18s %s", c.channel(),
                c.outcome(), c.at().atZone(Office.ROME).toLocalDateTime()));
    }
}
