package dev.sportello.tck;

import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.CallToActionId;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Region;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The medical reports over the storage under test (R-DOS-4, R-NOT-4): a report fed with its dossier is stored and
 * announced after commit, a re-issue replaces the guide and withdraws the earlier notice, an earlier edition is
 * refused leaving the stored one whole, and the anonymous counters add up. Not thread-safe: one instance per test.
 */
public abstract class MedicalReportsScenarioContract extends ScenarioContract {
    @Override
    protected SdkHarness newHarness() {
        return new SdkHarness(storage, b -> b.medicalReports(m -> {
            for (CallToActionId id : CallToActionId.values()) {
                m.link(id, "https://servizi.example.it/" + id.key());
            }
        }));
    }

    private static MedicalReport report(int edition, boolean card) {
        return new MedicalReport("VRB-TCK-1", edition, MedicalReportKind.CIVIL_INVALIDITY, new IssuingBody(IssuerKind.ASL, Region.SARDEGNA),
                LocalDate.of(2026, 11, 10), LocalDate.of(1970, 5, 5), "Invalido al 100%", 100,
                List.of(new Benefit("Indennità di accompagnamento", Money.euro("542.02"), LocalDate.of(2026, 3, 1), null)),
                List.of(), List.of(), List.of(), null, card, true);
    }

    private static DossierReport feed(DossierId id, UserProfile owner, long sequence, MedicalReport report) {
        return new DossierReport(id, sequence, SdkHarness.START.minus(Duration.ofDays(5)).plus(Duration.ofHours(sequence)),
                DossierKindCode.CIVIL_INVALIDITY, owner.id(), TckOffices.CAGLIARI, DossierStatus.DECIDED, null,
                new DossierOutcome("ACCEPTED", "Invalidità riconosciuta", LocalDate.of(2026, 11, 10)), List.of(), List.of(),
                null, report);
    }

    private List<InboxNotice> inbox(UserProfile user) {
        return h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(20)).items();
    }

    @Test
    void aReportIsAnnouncedReissuedAndNeverMovesBack() {
        UserProfile maria = h.citizen();
        DossierId id = DossierId.of("INPS-INV-TCK-1");
        assertThat(h.sdk.dossiers().report(SdkHarness.PORTAL, feed(id, maria, 1, report(1, true))))
                .isInstanceOfSatisfying(ReportResult.Applied.class, a -> assertThat(a.changes()).contains(DossierChange.MEDICAL_REPORT));
        h.deliver();
        assertThat(inbox(maria)).filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).singleElement()
                .satisfies(n -> assertThat(n.content().sections()).singleElement()
                        .satisfies(section -> assertThat(section.amounts()).isEmpty()));
        h.sdk.dossiers().report(SdkHarness.PORTAL, feed(id, maria, 2, report(2, false)));
        h.deliver();
        assertThat(inbox(maria)).filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).singleElement()
                .satisfies(n -> assertThat(n.content()).isNull());
        assertThat(h.sdk.medicalReports().guide(SdkHarness.as(maria), id).reissued()).isTrue();
        assertThat(h.sdk.medicalReports().guide(SdkHarness.as(maria), id).callsToAction())
                .extracting(l -> l.id()).doesNotContain(CallToActionId.DISABILITY_CARD);
        fails(() -> h.sdk.dossiers().report(SdkHarness.PORTAL, feed(id, maria, 3, report(1, true))), ErrorCode.MED_EDITION_BACKWARDS);
        assertThat(h.sdk.medicalReports().report(SdkHarness.as(maria), id).report()).isEqualTo(report(2, false));
        assertThat(h.sdk.dossiers().get(SdkHarness.as(maria), id).sequence()).isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            h.sdk.medicalReports().record(SdkHarness.as(maria), id, GuideInteraction.clicked(CallToActionId.QR_CODE));
        }
        assertThat(h.sdk.medicalReports().figures(SdkHarness.PORTAL, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(new EngagementCount.Exact(3)));
    }
}
