package dev.sportello.examples.quickstart;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.users.UserProfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/**
 * The dossiers part of the quickstart (issue 10): Lucia was injured at work in Milan; the institution's records
 * service reports her dossier, she follows it, downloads her tax certificate, asks the office that manages it,
 * and rates the answer.
 */
final class DossiersDemo {
    /** The office that manages the dossier: where she works, not where she lives. */
    static final OfficeCode MILANO = new OfficeCode("MILANO-CENTRO");
    static final OperatorId MARCO = OperatorId.of("00000000-0000-7000-8000-000000000003");
    /** The institution's system of record, a service granted only {@code DOSSIER_FEED}. */
    static final String RECORDS = "inail-records";
    private static final DossierId DOSSIER = DossierId.of("INAIL-2026-000123");

    private DossiersDemo() {
    }

    static Office office() {
        return new Office(MILANO, "Milano Centro", Office.ROME, WeeklyHours.weekdays("08:30-12:30", "14:00-16:00"),
                MonthDay.of(12, 7));
    }

    static Operator operator() {
        return new Operator(MARCO, MILANO, "Marco Galli", Set.of(OperatorRole.BACK_OFFICE), Set.of(),
                WeeklyHours.weekdays("08:30-12:30"));
    }

    /** Runs steps 19–24 for the worker registered in step 1. */
    static void run(SportelloSdk sdk, UserProfile worker) {
        Principal records = Principal.service(RECORDS);
        Principal lucia = Principal.user(worker.id(), Credential.SPID_L2);

        step("19. The institution's records service (granted only DOSSIER_FEED) reports her workplace injury");
        report(sdk, records, "first report", header(worker, 1, DossierStatus.RECEIVED, "Denuncia ricevuta"));
        DossierReport decided = decided(worker);
        report(sdk, records, "report 3 (2 never came)", decided);
        report(sdk, records, "report 3 again", decided);
        report(sdk, records, "report 2, arriving late", header(worker, 2, DossierStatus.IN_PROGRESS, "In istruttoria"));
        sdk.dispatcher().drain(20);
        sdk.notifications().inbox(lucia, worker.id(), PageRequest.first(10)).items().stream()
                .filter(n -> n.title().contains(DOSSIER.value())).forEach(n -> say("inbox: %s", n.title()));

        step("20. She sees her dossier: status, outcome, timeline and the measure");
        sdk.dossiers().search(lucia, DossierSearch.all(PageRequest.first(10))).items().forEach(s -> say("%s %s %s, managed by %s",
                s.id(), s.kind(), s.status(), s.office()));
        Dossier dossier = sdk.dossiers().get(lucia, DOSSIER);
        say("%s (%s): %s \"%s\"", dossier.kind().label(Language.IT), dossier.kind().label(Language.EN), dossier.status(),
                dossier.statusNote());
        say("outcome %s on %s: %s", dossier.outcome().code(), dossier.outcome().decidedOn(), dossier.outcome().text());
        dossier.timeline().forEach(c -> say("  timeline: report %d %-11s at the source %s", c.sequence(), c.status(), c.at()));
        dossier.gaps().forEach(g -> say("  gap recorded: %s missing when a later one came (nothing guessed)",
                g.from() == g.to() ? "report " + g.from() : "reports " + g.from() + "–" + g.to()));
        dossier.measures().forEach(m -> say("  measure %s of %s, %s (payment %s): %s", m.id(), m.date(), m.kind(), m.payment(),
                m.text()));

        step("21. The payment detail (the IBAN is shown masked; SUBSTANTIAL assurance needed)");
        for (Payment p : sdk.dossiers().payments(lucia, DOSSIER)) {
            say("%s %s, %s to %s: gross %s, net %s, %s on %s", p.id(), p.status(), p.period().from(), p.period().to(),
                    p.gross(), p.net(), method(p.method()), p.date());
            p.deductions().forEach(d -> say("  deduction %s: %s", d.label(), d.amount()));
        }

        step("22. She downloads her tax certificate (Certificazione Unica), streamed as stored");
        byte[] pdf = certificate();
        sdk.dossiers().storeDocument(records, new DocumentUpload(DOSSIER, DocumentId.of("CU-2026"), DocumentKind.TAX_CERTIFICATE,
                "Certificazione Unica 2026", "CU_2026.pdf", "application/pdf", 2026, LocalDate.of(2026, 3, 16),
                () -> new ByteArrayInputStream(pdf)));   // any stream, opened again if the storage re-runs
        sdk.dispatcher().drain(20);
        sdk.dossiers().documentsOfUser(lucia).forEach(d -> say("document %s: \"%s\", %s", d.id(), d.title(), d.fileName()));
        ByteArrayOutputStream response = new ByteArrayOutputStream();   // an HTTP response body in a portal
        String[] headers = new String[1];
        DossierDocument served = sdk.dossiers().download(lucia, DOSSIER, DocumentId.of("CU-2026"), d -> {
            headers[0] = "Content-Type: " + d.contentType() + ", Content-Disposition: attachment; filename=" + d.fileName();
            return response;
        });
        say("%s", headers[0]);
        say("%d bytes, starting %s, sha256 %s… (the download is audited)", response.size(),
                new String(response.toByteArray(), 0, 8, StandardCharsets.US_ASCII).strip(), served.sha256().substring(0, 12));

        step("23. She asks the office that manages the dossier; Marco, of Milano Centro, answers and closes");
        Request question = sdk.requests().submit(lucia, new SubmitRequest("inail-2026-000123-q1", TopicCode.DOSSIER_STATUS,
                null, DOSSIER.value(), Map.of(), "Quando riceverò il pagamento di ottobre?", List.of()));
        say("protocol %s: \"%s\", routed to %s (she lives in the area of %s)", question.protocol(), question.subject(),
                question.office(), sdk.offices().competentOffice(lucia, worker.id()).code());
        say("the dossier lists its requests: %s", sdk.dossiers().get(lucia, DOSSIER).requests().contains(question.id()));
        Principal marco = Principal.operator(MARCO, Credential.CIE);
        Request taken = sdk.requests().takeInCharge(marco, new TakeInCharge(question.id(), question.version(), null));
        Request closed = sdk.requests().close(marco, new CloseRequest(taken.id(), taken.version(), "ANSWERED",
                "Il pagamento di ottobre è stato disposto il 27 novembre sul conto indicato."));
        say("%s, outcome %s", closed.status(), ((dev.sportello.requests.RequestState.Closed) closed.state()).outcome());
        sdk.dispatcher().drain(20);

        step("24. She rates the answer");
        FeedbackEntry rating = sdk.feedback().give(lucia, new GiveFeedback(new FeedbackTarget.ClosedRequest(closed.id()), 5,
                "Risposta rapida e chiara."));
        say("rated %d/5, counted for %s; suggestion %s", rating.rating(), rating.office(), rating.state());
    }

    private static void report(SportelloSdk sdk, Principal records, String what, DossierReport report) {
        ReportResult result = sdk.dossiers().report(records, report);
        if (result instanceof ReportResult.Applied a) {
            say("%-24s -> applied%s, changes %s%s", what, a.created() ? " (new dossier)" : "", a.changes(),
                    a.gap() == null ? "" : ", gap " + a.gap().from() + "–" + a.gap().to() + " recorded");
        } else if (result instanceof ReportResult.Unchanged u) {
            say("%-24s -> unchanged, %s: nothing written, nothing sent", what, u.reason());
        }
    }

    private static DossierReport header(UserProfile worker, long sequence, DossierStatus status, String note) {
        Instant at = Instant.parse(List.of("2026-09-04T07:30:00Z", "2026-09-21T10:00:00Z", "2026-11-20T09:15:00Z")
                .get((int) sequence - 1));   // when it happened at the source
        return new DossierReport(DOSSIER, sequence, at,
                DossierKindCode.WORKPLACE_INJURY, worker.id(), MILANO, status, note, null, List.of(), List.of(), null);
    }

    private static DossierReport decided(UserProfile worker) {
        DossierReport header = header(worker, 3, DossierStatus.DECIDED, "Indennità liquidata");
        return new DossierReport(DOSSIER, 3, header.occurredAt(), header.kind(), worker.id(), MILANO, header.status(),
                header.statusNote(), new DossierOutcome("ACCEPTED",
                "Inabilità temporanea assoluta riconosciuta dal 2 al 30 settembre 2026.", LocalDate.of(2026, 11, 18)),
                List.of(new Measure("PRV-1", LocalDate.of(2026, 11, 18), "Liquidazione indennità",
                        "Ti è stata liquidata l'indennità per inabilità temporanea.", "PAY-1", null)),
                List.of(new Payment("PAY-1", new PaymentPeriod(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 30)),
                        Money.euro("1450.00"), List.of(new Deduction("Ritenuta IRPEF", Money.euro("333.50"))),
                        Money.euro("1116.50"), PaymentStatus.PAID, LocalDate.of(2026, 11, 27),
                        new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60 X054 2811 1010 0000 0123 456"))),
                null);
    }

    private static String method(PaymentMethod method) {
        if (method instanceof PaymentMethod.Account a) {
            return a.accountType() + " account " + a.iban();   // masked by the SDK
        }
        return method instanceof PaymentMethod.PostOfficeCash c ? "cash at " + c.postOffice()
                : "at the counter of " + ((PaymentMethod.Counter) method).office();
    }

    /** A small, valid one-page PDF (objects, cross-reference table with their byte offsets, trailer). */
    static byte[] certificate() {
        String text = "BT /F1 14 Tf 72 770 Td (Certificazione Unica 2026 - esempio) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
