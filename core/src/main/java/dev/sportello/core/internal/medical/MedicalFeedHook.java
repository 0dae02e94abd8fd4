package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.internal.dossiers.MedicalReportHook;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The medical report of a feed report (R-DOS-4), under the feed's rules: decided before the report writes
 * anything (an earlier edition is {@code MED_EDITION_BACKWARDS}, the same edition with other content
 * {@code MED_EDITION_REUSED}, the same one again changes nothing), then stored in the feed's transaction with
 * the outbox task that publishes its notice after commit ({@link MedicalNotices}).
 *
 * <p>Thread-safe.
 */
final class MedicalFeedHook implements MedicalReportHook {
    private final MedicalSettings settings;
    private final ZoneId zone;
    private final MedicalEditionSlot editions;

    MedicalFeedHook(MedicalSettings settings, ZoneId zone, MedicalEditionSlot editions) {
        this.settings = settings;
        this.zone = zone;
        this.editions = editions;
    }

    @Override
    public Pending decide(Tx tx, DossierRecord stored, DossierReport report) {
        MedicalReportStore store = tx.store(MedicalReportStore.class);
        MedicalReport next = report.medicalReport();
        Optional<MedicalReportRecord> current = store.find(report.dossier());
        if (current.isPresent()) {
            int edition = current.get().report().edition();
            if (next.edition() < edition) {
                throw SportelloException.of(ErrorCode.MED_EDITION_BACKWARDS, Map.of("dossier", report.dossier().value(),
                        "edition", Integer.toString(edition), "reported", Integer.toString(next.edition())));
            }
            if (next.edition() == edition) {
                if (next.equals(current.get().report())) {
                    return null;
                }
                throw SportelloException.of(ErrorCode.MED_EDITION_REUSED, Map.of("dossier", report.dossier().value(),
                        "edition", Integer.toString(edition)));
            }
        }
        Integer replaced = current.map(c -> c.report().edition()).orElse(null);
        String previousNotice = current.map(MedicalReportRecord::notice).map(n -> n.value().toString()).orElse(null);
        return (writeTx, record) -> {
            Instant until = ZonedDateTime.ofInstant(writeTx.now(), zone).plus(settings.guideValidity()).toInstant();
            store.put(new MedicalReportRecord(record.id(), record.owner(), record.office(), next, replaced, writeTx.now(),
                    until, null));
            writeTx.audit("MEDICAL_REPORT_RECORDED", record.id());
            editions.recorded(writeTx, record.id(), next);
            writeTx.schedule(MedicalNotices.TASK, new MedicalNotices.Issued(record.id(), next.edition(), previousNotice),
                    writeTx.now(), null);
        };
    }
}
