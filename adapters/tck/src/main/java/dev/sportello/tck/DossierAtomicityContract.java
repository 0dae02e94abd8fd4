package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.sportello.tck.SdkHarness.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk feed calls over the storage under test, when a write fails (R-DOS-1): a batch whose transaction fails
 * at any of its writes leaves nothing of it, and its reports are then applied one per transaction, each
 * exactly once; a report whose writes always fail is the only one lost, with nothing of it stored. (Single
 * reports and documents are rows of {@link AtomicityContract}.)
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DossierAtomicityContract extends DossierScenarios {

    private static List<DossierReport> three(UserProfile owner, String prefix) {
        return List.of(1, 2, 3).stream().map(i -> report(DossierId.of(prefix + "-" + i), owner.id(), 1, DossierStatus.DECIDED,
                List.of(measure("PRV-" + i, "PAY-" + i)), List.of(payment("PAY-" + i, PaymentStatus.PAID)))).toList();
    }

    /** Every part of a dossier, as the storage holds it, exactly once: header, timeline, measure, payment, notices. */
    private void appliedOnce(SdkHarness on, UserProfile owner, List<DossierReport> reports) {
        on.deliver();
        for (DossierReport r : reports) {
            assertThat(on.sdk.dossiers().get(as(owner), r.dossier())).satisfies(d -> {
                assertThat(d.version()).isZero();
                assertThat(d.timeline()).hasSize(1);
                assertThat(d.measures()).hasSize(1);
            });
            assertThat(on.sdk.dossiers().payments(as(owner), r.dossier())).hasSize(1);
        }
        assertThat(on.sdk.notifications().inbox(as(owner), owner.id(), dev.sportello.PageRequest.first(50)).items())
                .as("four notices a dossier, none twice").hasSize(4 * reports.size());
    }

    @Test
    @DisplayName("a batch that fails at any write leaves nothing of it; its reports are then applied once each")
    void aBatchFailingAtAnyWriteAppliesEachReportOnce() {
        FailingStorage failing = new FailingStorage(storage);
        try (SdkHarness f = harness(failing, b -> { })) {
            failing.failAtWrite(0);
            UserProfile counted = f.citizen();
            failing.failAtWrite(0);
            assertThat(f.sdk.dossiers().reportAll(RECORDS, three(counted, "COUNT"))).allMatch(r -> r instanceof ReportResult.Applied);
            int writes = failing.writes();
            // the dossier writes, and the one flush: new dossiers' audit heads and entries, and the fan-out task
            assertThat(writes).as("the feed writes").isGreaterThanOrEqualTo(2);
            int inTheBatch = 0;
            for (int n = 1; n <= writes; n++) {
                failing.failAtWrite(0);
                UserProfile owner = f.citizen();
                List<DossierReport> reports = three(owner, "F" + n);
                failing.failAtWrite(n);
                List<ReportResult> results;
                try {
                    results = f.sdk.dossiers().reportAll(RECORDS, reports);
                } catch (FailingStorage.InjectedFailure inTheAccessCheck) {   // before any report: nothing is applied
                    results = null;
                }
                failing.failAtWrite(0);
                if (results == null) {
                    assertThat(reports).as("nothing applied after write %d failed", n).noneMatch(r -> stored(r.dossier()));
                } else {
                    assertThat(results).as("write %d of %d failing", n, writes).allMatch(r -> r instanceof ReportResult.Applied);
                    appliedOnce(f, owner, reports);
                    inTheBatch++;
                }
            }
            assertThat(inTheBatch).as("failures inside the batch's transaction").isGreaterThanOrEqualTo(writes - 1);
        }
    }

    @Test
    @DisplayName("a report whose writes always fail is the only one lost, and nothing of it is stored")
    void aReportThatFailsMidWayIsLostAlone() {
        DossierId poisoned = DossierId.of("POISON-" + UUID.randomUUID());
        try (SdkHarness p = harness(failingPaymentsOf(storage, poisoned), b -> { })) {
            UserProfile owner = p.citizen();
            List<DossierReport> good = three(owner, "GOOD");
            DossierReport bad = report(poisoned, owner.id(), 1, DossierStatus.DECIDED, List.of(measure("PRV-9", "PAY-9")),
                    List.of(payment("PAY-9", PaymentStatus.PAID)));
            List<ReportResult> results = p.sdk.dossiers().reportAll(RECORDS, List.of(good.get(0), bad, good.get(1), good.get(2)));
            assertThat(results).extracting(r -> r.getClass().getSimpleName())
                    .containsExactly("Applied", "Rejected", "Applied", "Applied");
            assertThat(results.get(1)).isEqualTo(new ReportResult.Rejected(poisoned, 1, ErrorCode.ADAPTER_FAILED, null));
            SportelloException alone = fails(() -> p.sdk.dossiers().report(RECORDS, bad), ErrorCode.ADAPTER_FAILED);
            assertThat(alone.details().get("reason")).contains("injected");
            assertThat(stored(poisoned)).isFalse();
            assertThat(tx((Stores s) -> s.get(DossierStore.class).timeline(poisoned))).isEmpty();
            assertThat(tx((Stores s) -> s.get(DossierStore.class).measures(poisoned))).isEmpty();
            p.deliver();
            appliedOnce(p, owner, good);
            assertThat(p.sdk.notifications().messages(SdkHarness.PORTAL, owner.id(), dev.sportello.PageRequest.first(100))
                    .items()).filteredOn(m -> m.channel() == Channel.INBOX).hasSize(4 * good.size());
        }
    }
}
