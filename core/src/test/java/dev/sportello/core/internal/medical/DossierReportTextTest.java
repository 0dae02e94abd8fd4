package dev.sportello.core.internal.medical;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.offices.OfficeCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed fingerprints a report by its text form: a report without a medical report must read exactly as before the
 * component existed (the literal below is what the previous DossierReport printed), or every repeated report of a
 * stored dossier would turn from a duplicate into DOS_SEQUENCE_REUSED after an upgrade.
 */
class DossierReportTextTest {
    @Test
    void aReportWithoutAMedicalReportReadsAsBeforeAndOneWithItDiffers() {
        DossierReport r = new DossierReport(DossierId.of("D-1"), 3, Instant.parse("2026-11-20T10:15:00Z"), DossierKindCode.PENSION,
                UserId.of("0e0f0000-0000-4000-8000-000000000001"), new OfficeCode("ROMA"), DossierStatus.DECIDED, "nota",
                new DossierOutcome("ACCEPTED", "ok", LocalDate.of(2026, 11, 18)),
                List.of(new Measure("M-1", LocalDate.of(2026, 11, 18), "t", "x", null, null)),
                List.of(new Payment("P-1", null, Money.euro("10"), List.of(), Money.euro("10"), PaymentStatus.PAID,
                        LocalDate.of(2026, 1, 1), new PaymentMethod.Counter(new OfficeCode("ROMA")))), null);
        assertThat(r).hasToString("DossierReport[dossier=D-1, sequence=3, occurredAt=2026-11-20T10:15:00Z, kind=PENSION, "
                + "owner=0e0f0000-0000-4000-8000-000000000001, office=ROMA, status=DECIDED, statusNote=nota, "
                + "outcome=DossierOutcome[code=ACCEPTED, text=ok, decidedOn=2026-11-18], measures=[Measure[id=M-1, "
                + "date=2026-11-18, kind=t, text=x, payment=null, document=null]], payments=[Payment[id=P-1, period=null, "
                + "gross=10.00 EUR, deductions=[], net=10.00 EUR, status=PAID, date=2026-01-01, method=Counter[office=ROMA]]], "
                + "personalData=null]");
        DossierReport withReport = r.withMedicalReport(MedicalSamples.adultAsl());
        assertThat(withReport.toString()).contains(", medicalReport=MedicalReport[number=VRB-2026-0001").endsWith("]");
        assertThat(withReport).isNotEqualTo(r);
        assertThat(withReport.withMedicalReport(null)).isEqualTo(r);
        // health data stays out of the text form (logs, messages) ...
        assertThat(withReport.toString()).doesNotContain(MedicalSamples.adultAsl().judgement())
                .doesNotContain(MedicalSamples.adultAsl().holderBirthDate().toString());
    }
}
