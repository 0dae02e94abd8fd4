package dev.sportello.core.internal.medical;

import dev.sportello.DispatchReport;
import dev.sportello.PageRequest;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.sportello.core.internal.medical.MedicalSamples.adultAsl;
import static dev.sportello.core.internal.medical.MedicalSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code MedicalReportStore.attachNotice} is a compare-and-set on the edition: a re-issue raced, on real threads,
 * against the earlier edition's notice task leaves the notice of the latest edition attached and announced, the
 * earlier one withdrawn, and nothing lost (no dead letter, no retry, no task left behind).
 *
 * <p>The memory storage locks strictly two-phase, so the two transactions serialise: each round ends in one of the
 * two orders (the notice task first, or the re-issue first and the stale task skipping), and the rounds let both
 * happen. The interleaving only READ COMMITTED allows — the stale task's {@code attachNotice} refused after a
 * re-issue committed between its read and its write — cannot occur here: {@link NoticeCompareAndSetStaleReadTest}
 * replays it with a stale read, and {@code MedicalReportStoreContract} in the TCK covers the store on H2 and
 * PostgreSQL. (Dropping the task's edition check makes this test fail.)
 */
class NoticeCompareAndSetRaceTest {
    private static final int ROUNDS = 25;

    private final CoreFixture h = new CoreFixture(b -> b.medicalReports(MedicalSamples::allLinks));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        threads.shutdownNow();
        h.close();
    }

    @Test
    void aReissueRacingTheEarlierEditionsNoticeTaskLeavesTheLatestEditionsNoticeAndLosesNothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UserProfile maria = h.citizen();
            DossierId id = DossierId.of("INPS-INV-RACE-" + round);
            h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));   // schedules edition 1's notice task
            CyclicBarrier start = new CyclicBarrier(2);
            Future<DispatchReport> noticeTask = threads.submit(() -> {
                start.await();
                return h.sdk.dispatcher().drain(1000);
            });
            Future<ReportResult> reissue = threads.submit(() -> {
                start.await();
                return h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, MedicalSamples.report(2,
                        MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), false, true)));
            });
            assertThat(reissue.get(1, TimeUnit.MINUTES)).isInstanceOf(ReportResult.Applied.class);
            DispatchReport raced = noticeTask.get(1, TimeUnit.MINUTES);
            DispatchReport rest = h.sdk.dispatcher().drain(1000);
            assertThat(raced.deadLettered() + rest.deadLettered()).as("round %d", round).isZero();
            assertThat(raced.retried() + rest.retried()).as("round %d", round).isZero();
            assertThat(h.sdk.dispatcher().drain(1000).claimed()).as("round %d: nothing left", round).isZero();

            MedicalReportRecord stored = h.read((Stores s) -> s.get(MedicalReportStore.class).find(id)).orElseThrow();
            List<InboxNotice> inbox = h.sdk.notifications().inbox(as(maria), maria.id(), PageRequest.first(20)).items();
            List<InboxNotice> reissued = inbox.stream().filter(n -> n.kind().equals(MedicalMessageKinds.REISSUED)).toList();
            assertThat(stored.report().edition()).as("round %d", round).isEqualTo(2);
            assertThat(reissued).as("round %d: one notice of the re-issue", round).singleElement()
                    .satisfies(n -> assertThat(n.content()).isNotNull());
            assertThat(stored.notice()).as("round %d: the stored notice is the latest edition's", round)
                    .isEqualTo(reissued.get(0).id());
            assertThat(inbox).as("round %d: the earlier edition's notice, if published, is withdrawn", round)
                    .filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED))
                    .allSatisfy(n -> assertThat(n.content()).isNull());
            assertThat(h.sdk.medicalReports().guide(as(maria), id).edition()).isEqualTo(2);
        }
    }
}
