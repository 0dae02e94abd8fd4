package dev.sportello.core.internal.dossiers;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet of docs/dossiers.md is the code between the markers below, and it runs. */
class DossiersDocSnippetTest {
    @Test
    void theDocShowsTheCodeThatRuns() {
        DocSnippets.assertBlockUnderHeading("dossiers.md", "Feed and read", DossiersDocSnippetTest.class);
    }

    @Test
    void theSnippetRuns() throws IOException {
        // the integrator grants its system of record the feed (services may do only what they are granted)
        try (CoreFixture h = new CoreFixture(b -> b.serviceGrants(ServiceGrants.builder()
                .grant("portal", EnumSet.allOf(Operation.class))
                .grant("inail-records", Operation.DOSSIER_FEED).build()))) {
            UserProfile worker = h.citizen();
            var sdk = h.sdk;
            byte[] pdfBytes = DossierSamples.pdfBytes(2048);
            // docs:start
            Principal institution = Principal.service("inail-records");            // the system of record
            DossierId dossier = DossierId.of("INAIL-2026-000123");
            ReportResult result = sdk.dossiers().report(institution, new DossierReport(dossier,
                    7,                                                              // the source's sequence number
                    Instant.parse("2026-11-20T10:15:00Z"),                          // when it happened there
                    DossierKindCode.WORKPLACE_INJURY, worker.id(), new OfficeCode("CAGLIARI"),
                    DossierStatus.DECIDED, "Indennità liquidata",
                    new DossierOutcome("ACCEPTED", "Inabilità temporanea riconosciuta dal 2 al 30 settembre",
                            LocalDate.of(2026, 11, 18)),
                    List.of(new Measure("PRV-1", LocalDate.of(2026, 11, 18), "Liquidazione indennità",
                            "Ti è stata liquidata l'indennità per inabilità temporanea.", "PAY-1", null)),
                    List.of(new Payment("PAY-1", new PaymentPeriod(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 30)),
                            Money.euro("1450.00"), List.of(new Deduction("Ritenuta IRPEF", Money.euro("333.50"))),
                            Money.euro("1116.50"), PaymentStatus.PAID, LocalDate.of(2026, 11, 27),
                            new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60 X054 2811 1010 0000 0123 456"))),
                    null));
            // result: Applied (created, changes STATUS, OUTCOME, MEASURE, PAYMENT); the same report again: Unchanged DUPLICATE

            sdk.dossiers().storeDocument(institution, new DocumentUpload(dossier, DocumentId.of("CU-2026"),
                    DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026", "CU_2026.pdf", "application/pdf", 2026,
                    LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(pdfBytes)));   // any re-openable stream

            Principal me = Principal.user(worker.id(), Credential.SPID_L2);
            Dossier seen = sdk.dossiers().get(me, dossier);                     // status, timeline, outcome, measures
            List<Payment> payments = sdk.dossiers().payments(me, dossier);      // IBAN shown masked
            ByteArrayOutputStream response = new ByteArrayOutputStream();       // e.g. an HTTP response body
            sdk.dossiers().download(me, dossier, DocumentId.of("CU-2026"), document -> {
                // set Content-Type: document.contentType(), Content-Disposition: document.fileName()
                return response;
            });
            // docs:end
            assertThat(result).isInstanceOf(ReportResult.Applied.class);
            assertThat(seen.outcome().code()).isEqualTo("ACCEPTED");
            assertThat(((PaymentMethod.Account) payments.get(0).method()).iban()).isEqualTo("IT60 **** **** **** **** ***3 456");
            assertThat(response.toByteArray()).isEqualTo(pdfBytes);
        }
    }
}
