package dev.sportello.examples.quickstart;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.SportelloSdk;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.Visibility;
import dev.sportello.users.AddContact;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/** The requests part of the quickstart (issue 4): an intermediary writes to the office for a company. */
final class RequestsDemo {
    static final OperatorId ANNA = OperatorId.of("00000000-0000-7000-8000-000000000001");

    private RequestsDemo() {
    }

    /** Runs steps 8–12; returns the closed request, which the user rates at the end (step 18). */
    static Request run(SportelloSdk sdk, Demo transports) {
        Principal portal = Principal.service("portal");
        UserProfile company = sdk.users().register(portal, new RegisterCompany(new CompanyTaxCode("01234567897"),
                "Edilizia Rossi S.r.l.", new CompanyRegistrationNumber("7012345678"), new MunicipalityCode("H501"), Language.IT));
        UserProfile consultant = sdk.users().register(portal, new RegisterIntermediary(TaxCode.parse("BNCGPP45E15L219N",
                "fiscalCode"), "Studio Bianchi, consulenti del lavoro", new MunicipalityCode("H501"), Language.IT));
        Principal asCompany = Principal.user(company.id(), Credential.CNS);
        verifyEmail(sdk, transports, asCompany, company, "amministrazione@ediliziarossi.example.it");
        step("7b. The company asks the consultant for a mandate; the consultant accepts it with the code the company gives");
        DelegationRequested requested = sdk.delegations().request(asCompany, new RequestDelegation(DelegationKind.MANDATE,
                company.id(), consultant.id(), null, Instant.parse("2027-12-31T23:00:00Z"), null));
        Principal asConsultant = Principal.user(consultant.id(), Credential.SPID_L2);
        Delegation mandate = sdk.delegations().accept(asConsultant, new AcceptDelegation(requested.delegation().id(),
                requested.acceptanceCode()));
        say("mandate %s: %s until %s, %d operations", mandate.id(), mandate.status(), mandate.validUntil(),
                mandate.scope().size());
        Principal consultantForCompany = asConsultant.actingFor(company.id());
        Principal anna = Principal.operator(ANNA, Credential.CIE);
        sdk.dispatcher().drain(10);

        step("8. The consultant, acting for the company under its mandate, asks about contributory regularity (3 files)");
        Request request = sdk.requests().submit(consultantForCompany, new SubmitRequest("durc-2026-q1-0001",
                TopicCode.CONTRIBUTORY_REGULARITY, company.registrationNumber(), null, Map.of("period", "2026-01/2026-03"),
                "Chiediamo conferma della regolarità contributiva per il primo trimestre.",
                List.of(file("F24 gennaio.pdf"), file("C:\\scansioni\\ricevuta.jpg"),
                        file("../estratto conto.png"))));
        say("protocol %s, routed to %s, %s: \"%s\"", request.protocol(), request.office(), request.status(), request.subject());
        request.attachments().forEach(a -> say("  file %s (%s, %d bytes, sha256 %s…)", a.name(), a.contentType(), a.size(),
                a.sha256().substring(0, 12)));

        step("9. Anna, back office of Roma Tiburtino, takes it in charge, comments and asks for more information");
        Request taken = sdk.requests().takeInCharge(anna, new TakeInCharge(request.id(), request.version(), "La stiamo esaminando."));
        Request noted = sdk.requests().comment(anna, new CommentRequest(taken.id(), taken.version(),
                "Verificare il versamento di febbraio", Visibility.OFFICE_ONLY));
        Request asked = sdk.requests().askForInformation(anna, new AskForInformation(noted.id(), noted.version(),
                "Inviate la quietanza del versamento F24 di febbraio."));
        say("%s, assignee %s, waiting for the user", asked.status(), asked.assignee());

        step("10. The consultant answers with the receipt");
        Request seen = sdk.requests().get(consultantForCompany, asked.id());
        say("the user sees %d timeline entries (the internal note is hidden)", seen.timeline().size());
        Request answered = sdk.requests().answer(consultantForCompany, new AnswerRequest(seen.id(), seen.version(),
                "In allegato la quietanza.", List.of(file("quietanza febbraio.pdf"))));

        step("11. Anna closes it with an outcome");
        Request closed = sdk.requests().close(anna, new CloseRequest(answered.id(), answered.version(), "ACCEPTED",
                "La posizione risulta regolare per il periodo richiesto."));
        say("%s: %s", closed.status(), closed.state());
        sdk.requests().get(anna, closed.id()).timeline().forEach(e -> say("  %s %-16s %s", e.at(), e.kind(),
                e.text() == null ? e.data() : e.text()));

        step("12. The notifications (delivered after commit)");
        sdk.dispatcher().drain(10);
        for (UserProfile user : List.of(company, consultant)) {
            for (MessageView m : sdk.notifications().messages(portal, user.id(), PageRequest.first(30)).items()) {
                if (m.kind().code().startsWith("REQUEST")) {
                    say("%-38s %-5s %-22s %s%s", user.name(), m.channel(), m.kind(), m.status(),
                            m.skipReason() == null ? "" : " (" + m.skipReason() + ")");
                }
            }
        }
        return closed;
    }

    /** A well-formed sample file of the type its name says (a scan stands in for a real one). */
    private static Attachment file(String name) {
        long seed = name.hashCode();
        byte[] content = name.endsWith(".pdf") ? SampleFiles.pdf(2048, seed) : name.endsWith(".png")
                ? SampleFiles.png(2048, seed) : SampleFiles.jpeg(2048, seed);
        return new Attachment(name, content);
    }

    private static void verifyEmail(SportelloSdk sdk, Demo transports, Principal principal, UserProfile user, String address) {
        ContactPoint email = sdk.users().addContact(principal, new AddContact(user.id(), ContactKind.EMAIL, address));
        sdk.dispatcher().drain(10);
        String code = transports.recorded.lastCode(new EmailAddress(email.value()))
                .orElseThrow(() -> new IllegalStateException("no code received"));
        sdk.users().verifyContact(principal, new VerifyContact(user.id(), email.id(), code));
    }
}
