package dev.sportello.core.internal.attestation;

import dev.sportello.UserId;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.Benefit;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Region;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Medical reports reported through the feed, for the attestation tests (managed by Cagliari). */
final class AttestationSamples {
    static final String JUDGEMENT = "Invalido con totale e permanente inabilità lavorativa";

    private AttestationSamples() {
    }

    static MedicalReport report(int edition, int percentage, LocalDate reviewOn, boolean attested) {
        return new MedicalReport("VRB-2026-0077", edition, MedicalReportKind.CIVIL_INVALIDITY,
                new IssuingBody(IssuerKind.ASL, Region.LAZIO), LocalDate.of(2026, 11, 10), LocalDate.of(1985, 12, 10),
                JUDGEMENT, percentage, List.of(new Benefit("Pensione di inabilità", Money.euro("336.00"),
                LocalDate.of(2026, 3, 1), null)), List.of(), List.of(), List.of(), reviewOn, true, attested);
    }

    static MedicalReport attested(int edition) {
        return report(edition, 80, LocalDate.of(2029, 11, 10), true);
    }

    static DossierReport feed(DossierId id, UserId owner, long sequence, MedicalReport report) {
        return new DossierReport(id, sequence, CoreFixture.START.minus(Duration.ofDays(10)).plus(Duration.ofHours(sequence)),
                DossierKindCode.CIVIL_INVALIDITY, owner, TestOffices.CAGLIARI, DossierStatus.DECIDED, null,
                new DossierOutcome("ACCEPTED", "Invalidità riconosciuta", LocalDate.of(2026, 11, 10)), List.of(), List.of(),
                null, report);
    }
}
