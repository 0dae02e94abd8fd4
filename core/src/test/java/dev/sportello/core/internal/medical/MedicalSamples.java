package dev.sportello.core.internal.medical;

import dev.sportello.UserId;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.CallToActionId;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Region;
import dev.sportello.core.MedicalSettings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Sample medical reports for the tests. */
final class MedicalSamples {
    private MedicalSamples() {
    }

    static MedicalReport report(int edition, MedicalReportKind kind, IssuerKind issuer, LocalDate birth, boolean card, boolean attested) {
        return new MedicalReport("VRB-2026-0001", edition, kind, new IssuingBody(issuer, Region.LAZIO), LocalDate.of(2026, 11, 10),
                birth, "Invalido con totale e permanente inabilità lavorativa <100%> & diritto all'indennità", 100,
                List.of(new Benefit("Pensione di inabilità", Money.euro("336.00"), LocalDate.of(2026, 3, 1), null),
                        new Benefit("Indennità di accompagnamento", Money.euro("542.02"), LocalDate.of(2026, 3, 1),
                                "Pagata anche durante il ricovero in struttura non pubblica")),
                List.of("Detrazione IRPEF per le spese mediche e di assistenza"),
                List.of("Esenzione dal ticket sanitario", "Comunicare ogni ricovero in struttura pubblica entro 30 giorni"),
                List.of(new Incompatibility("Ricovero gratuito", "L'indennità di accompagnamento non spetta durante il ricovero a carico dello Stato oltre 30 giorni.")),
                LocalDate.of(2029, 11, 10), card, attested);
    }

    static MedicalReport adultAsl() {
        return report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), true, true);
    }

    static DossierReport feed(DossierId id, UserId owner, long sequence, MedicalReport report) {
        return new DossierReport(id, sequence, dev.sportello.core.internal.testing.CoreFixture.START.minus(Duration.ofDays(10))
                .plus(Duration.ofHours(sequence)), DossierKindCode.CIVIL_INVALIDITY, owner, TestOffices.CAGLIARI,
                DossierStatus.DECIDED, null, new dev.sportello.dossiers.DossierOutcome("ACCEPTED", "Invalidità riconosciuta",
                LocalDate.of(2026, 11, 10)), List.of(), List.of(), null, report);
    }

    static MedicalSettings.Builder allLinks(MedicalSettings.Builder b) {
        for (CallToActionId id : CallToActionId.values()) {
            b.link(id, "https://servizi.example.it/" + id.key());
        }
        return b;
    }
}
