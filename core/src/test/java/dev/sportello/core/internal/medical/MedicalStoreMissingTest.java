package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.assembly.Assembly;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.InterceptedStorage;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sportello.core.internal.medical.MedicalSamples.adultAsl;
import static dev.sportello.core.internal.medical.MedicalSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dossier feed does with a medical report over a storage without {@link MedicalReportStore}: the SDK
 * builds, reports without one are applied, a report carrying one is refused with {@code ADAPTER_STORE_MISSING}
 * before anything of it is written (never applied without its medical report), and every medical read is refused.
 */
class MedicalStoreMissingTest {
    private final CoreFixture h = new CoreFixture(
            storage -> InterceptedStorage.without(storage, MedicalReportStore.class), b -> { });
    private final DossierId id = DossierId.of("INPS-INV-2026-000042");

    @AfterEach
    void close() {
        h.close();
    }

    private boolean dossierStored(DossierId dossier) {
        return h.read((Stores s) -> s.get(DossierStore.class).find(dossier)).isPresent();
    }

    @Test
    void theMedicalAreaIsAlwaysAssembledAfterDossiersSoItsHookIsInstalled() {
        assertThat(Assembly.areas()).extracting(AreaModule::name).containsSubsequence("dossiers", "medical");
    }

    @Test
    void aReportCarryingAMedicalReportIsRefusedWithAdapterStoreMissingAndNothingOfItIsStored() {
        UserProfile maria = h.citizen();
        SportelloException e = fails(() -> h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl())),
                ErrorCode.ADAPTER_STORE_MISSING);
        assertThat(e.details()).containsEntry("store", "MedicalReportStore");
        assertThat(dossierStored(id)).isFalse();   // not applied without its medical report
        h.deliver();
        assertThat(h.sdk.notifications().inbox(as(maria), maria.id(), dev.sportello.PageRequest.first(20)).items())
                .isEmpty();
    }

    @Test
    void aReportWithoutAMedicalReportIsAppliedAndMedicalReadsAreRefused() {
        UserProfile maria = h.citizen();
        ReportResult result = h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, null));
        assertThat(result).isInstanceOfSatisfying(ReportResult.Applied.class,
                applied -> assertThat(applied.changes()).doesNotContain(DossierChange.MEDICAL_REPORT));
        assertThat(dossierStored(id)).isTrue();
        fails(() -> h.sdk.medicalReports().report(as(maria), id), ErrorCode.ADAPTER_STORE_MISSING);
        fails(() -> h.sdk.medicalReports().guide(as(maria), id), ErrorCode.ADAPTER_STORE_MISSING);
    }

    @Test
    void inABulkCallOnlyTheReportCarryingAMedicalReportIsRejected() {
        UserProfile maria = h.citizen();
        UserProfile bruno = h.citizen();
        DossierId other = DossierId.of("INPS-INV-2026-000043");
        List<ReportResult> results = h.sdk.dossiers().reportAll(PORTAL, List.of(
                feed(id, maria.id(), 1, adultAsl()), feed(other, bruno.id(), 1, null)));
        assertThat(results.get(0)).isEqualTo(new ReportResult.Rejected(id, 1, ErrorCode.ADAPTER_STORE_MISSING, null));
        assertThat(results.get(1)).isInstanceOf(ReportResult.Applied.class);
        assertThat(dossierStored(id)).isFalse();
        assertThat(dossierStored(other)).isTrue();
    }
}
