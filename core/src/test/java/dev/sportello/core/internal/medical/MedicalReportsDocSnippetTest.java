package dev.sportello.core.internal.medical;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.offices.OfficeCode;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.CallToActionId;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideFigure;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.medical.GuideLink;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Region;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet of docs/medical-reports.md is the code between the markers below, and it runs. */
class MedicalReportsDocSnippetTest {
    @Test
    void theDocShowsTheCodeThatRuns() {
        DocSnippets.assertBlockUnderHeading("medical-reports.md", "Report and read", MedicalReportsDocSnippetTest.class);
    }

    @Test
    void theSnippetRuns() {
        try (CoreFixture h = new CoreFixture(b -> b.serviceGrants(ServiceGrants.builder()
                        .grant("portal", EnumSet.allOf(Operation.class))
                        .grant("inps-records", Operation.DOSSIER_FEED).build())
                .medicalReports(m -> MedicalSamples.allLinks(m)))) {
            UserProfile maria = h.citizen();
            var sdk = h.sdk;
            Principal supervisor = CoreFixture.SUPERVISOR;                     // an operator with SUPERVISOR
            // docs:start
            Principal institution = Principal.service("inps-records");             // granted DOSSIER_FEED
            DossierId dossier = DossierId.of("INPS-INV-2026-000042");
            MedicalReport report = new MedicalReport("VRB-2026-0042", 1, MedicalReportKind.CIVIL_INVALIDITY,
                    new IssuingBody(IssuerKind.ASL, Region.LAZIO), LocalDate.of(2026, 11, 10),
                    LocalDate.of(1985, 12, 10),                                     // the holder's birth date
                    "Invalido con totale e permanente inabilità lavorativa", 100,
                    List.of(new Benefit("Indennità di accompagnamento", Money.euro("542.02"), LocalDate.of(2026, 3, 1), null)),
                    List.of("Detrazione IRPEF per le spese mediche e di assistenza"),
                    List.of("Comunicare ogni ricovero in struttura pubblica entro 30 giorni"),
                    List.of(new Incompatibility("Ricovero gratuito",
                            "L'indennità non spetta durante il ricovero a carico dello Stato oltre 30 giorni.")),
                    LocalDate.of(2029, 11, 10),                                     // review date, or null
                    true,                                                           // entitled to the Disability Card
                    true);                                                          // status attested: the QR is offered
            sdk.dossiers().report(institution, new DossierReport(dossier, 1, Instant.parse("2026-11-20T10:15:00Z"),
                    DossierKindCode.CIVIL_INVALIDITY, maria.id(), new OfficeCode("CAGLIARI"), DossierStatus.DECIDED,
                    null, new DossierOutcome("ACCEPTED", "Invalidità riconosciuta", LocalDate.of(2026, 11, 10)),
                    List.of(), List.of(), null, report));
            sdk.dispatcher().drain(10);          // after commit: "Il tuo verbale sanitario è stato emesso" in her inbox

            Principal asMaria = Principal.user(maria.id(), Credential.SPID_L2);
            Guide guide = sdk.medicalReports().guide(asMaria, dossier);            // the view model for the portal
            String html = sdk.medicalReports().guideHtml(asMaria, dossier);        // accessible HTML
            String text = sdk.medicalReports().guideText(asMaria, dossier);        // for screen readers
            List<CallToActionId> actions = guide.callsToAction().stream().map(GuideLink::id).toList();
            sdk.medicalReports().record(asMaria, dossier, GuideInteraction.popupOpened("amounts"));   // anonymous
            List<GuideFigure> week = sdk.medicalReports().figures(supervisor, LocalDate.of(2026, 11, 23),
                    LocalDate.of(2026, 11, 29));                                    // counts below 3 suppressed
            // docs:end
            assertThat(actions).contains(CallToActionId.QR_CODE, CallToActionId.DISABILITY_CARD);
            assertThat(html).contains("<h1>Il tuo verbale sanitario è stato emesso</h1>");
            assertThat(text).contains("542,02 €");
            assertThat(week).singleElement().satisfies(f -> assertThat(f.item()).isEqualTo("amounts"));
        }
    }
}
