package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
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
import dev.sportello.offices.OfficeCode;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports, payments and documents for the dossier tests. */
final class DossierSamples {
    /** A valid Italian IBAN. */
    static final String IBAN = "IT60X0542811101000000123456";

    private DossierSamples() {
    }

    static Instant at(long sequence) {
        return CoreFixture.START.minus(Duration.ofDays(30)).plus(Duration.ofHours(sequence));
    }

    static DossierReport report(DossierId id, UserId owner, long sequence, DossierStatus status) {
        return report(id, owner, TestOffices.CAGLIARI, sequence, status, List.of(), List.of());
    }

    static DossierReport report(DossierId id, UserId owner, OfficeCode office, long sequence, DossierStatus status,
                                List<Measure> measures, List<Payment> payments) {
        DossierOutcome outcome = status.isBefore(DossierStatus.DECIDED) ? null
                : new DossierOutcome("ACCEPTED", "Indennità riconosciuta per 40 giorni", LocalDate.of(2026, 10, 20));
        return new DossierReport(id, sequence, at(sequence), DossierKindCode.WORKPLACE_INJURY, owner, office, status,
                null, outcome, measures, payments, null);
    }

    static Payment payment(String id, String net, PaymentStatus status) {
        return new Payment(id, new PaymentPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                Money.euro("1200.00"), List.of(new Deduction("Ritenuta IRPEF", Money.euro("276.00"))), Money.euro(net),
                status, LocalDate.of(2026, 10, 27), new PaymentMethod.Account(PaymentMethod.AccountType.BANK, IBAN));
    }

    static Measure measure(String id, String payment) {
        return new Measure(id, LocalDate.of(2026, 10, 20), "Liquidazione indennità", "Ti è stata liquidata l'indennità.",
                payment, null);
    }

    static DocumentUpload pdf(DossierId dossier, String id, byte[] content) {
        return new DocumentUpload(dossier, DocumentId.of(id), DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026",
                "CU_2026.pdf", "application/pdf", 2026, LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(content));
    }

    /** A PDF of about {@code size} bytes. */
    static byte[] pdfBytes(int size) {
        byte[] bytes = new byte[Math.max(size, 32)];
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length - 6; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        byte[] tail = "%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        return bytes;
    }
}
