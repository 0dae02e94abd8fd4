package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.medical.MedicalSamples.adultAsl;
import static dev.sportello.core.internal.medical.MedicalSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-4 in a bulk feed call: answers per report; a refused medical report leaves nothing and disturbs no other. */
class MedicalBulkFeedTest {
    private final CoreFixture h = new CoreFixture(b -> b.dossiers(d -> d.feedBatchSize(10)));

    @AfterEach
    void close() {
        h.close();
    }

    private int edition(DossierId id) {
        return h.read((Stores s) -> s.get(MedicalReportStore.class).find(id)).orElseThrow().report().edition();
    }

    @Test
    void aBatchAnswersPerReportAndKeepsOnlyWhatWasAccepted() {
        UserProfile anna = h.citizen();
        UserProfile bruno = h.citizen();
        DossierId a = DossierId.of("INPS-INV-A");
        DossierId b = DossierId.of("INPS-INV-B");
        h.sdk.dossiers().report(PORTAL, feed(b, bruno.id(), 1, MedicalSamples.report(2, MedicalReportKind.DEAFNESS,
                IssuerKind.ASL, LocalDate.of(1980, 1, 1), false, true)));
        List<ReportResult> results = h.sdk.dossiers().reportAll(PORTAL, List.of(
                feed(a, anna.id(), 1, adultAsl()),
                feed(b, bruno.id(), 2, MedicalSamples.report(1, MedicalReportKind.DEAFNESS, IssuerKind.ASL,
                        LocalDate.of(1980, 1, 1), false, true)),                                   // an earlier edition
                feed(a, anna.id(), 2, MedicalSamples.report(2, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL,
                        LocalDate.of(1985, 12, 10), false, true))));                             // a re-issue in the same batch
        assertThat(results.get(0)).isInstanceOf(ReportResult.Applied.class);
        assertThat(results.get(1)).isEqualTo(new ReportResult.Rejected(b, 2, ErrorCode.MED_EDITION_BACKWARDS, null));
        assertThat(results.get(2)).isInstanceOf(ReportResult.Applied.class);
        assertThat(edition(a)).isEqualTo(2);
        assertThat(edition(b)).isEqualTo(2);
        assertThat(h.sdk.dossiers().get(CoreFixture.as(bruno), b).sequence()).isEqualTo(1);   // nothing of the refused report
        h.deliver();
        assertThat(h.sdk.medicalReports().guide(CoreFixture.as(anna), a).reissued()).isTrue();
    }
}
