package dev.sportello.adapters.memory;

import dev.sportello.dossiers.DossierId;
import dev.sportello.medical.spi.GuideTally;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.NoticeId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Medical reports and guide counters in memory; every write is undone on rollback. Not thread-safe: one transaction. */
final class MemoryMedicalReportStore implements MedicalReportStore {
    private final MemoryData data;
    private final UndoLog undo;

    MemoryMedicalReportStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    @Override
    public Optional<MedicalReportRecord> find(DossierId dossier) {
        return Optional.ofNullable(data.medicalReports.get(dossier));
    }

    @Override
    public void put(MedicalReportRecord record) {
        MedicalReportRecord stored = data.medicalReports.get(record.dossier());
        MedicalReportRecord next = record.notice() == null && stored != null && stored.notice() != null
                ? record.withNotice(stored.notice()) : record;
        undo.put(data.medicalReports, record.dossier(), next);
    }

    @Override
    public boolean attachNotice(DossierId dossier, int edition, NoticeId notice) {
        MedicalReportRecord stored = data.medicalReports.get(dossier);
        if (stored == null || stored.report().edition() != edition) {
            return false;
        }
        undo.put(data.medicalReports, dossier, stored.withNotice(notice));
        return true;
    }

    @Override
    public void increment(GuideTally tally) {
        GuideTally key = new GuideTally(tally.week(), tally.office(), tally.event(), tally.item(), 0);
        undo.put(data.guideTallies, key, data.guideTallies.getOrDefault(key, 0L) + 1);
    }

    @Override
    public List<GuideTally> between(LocalDate fromWeek, LocalDate toWeek) {
        List<GuideTally> tallies = new ArrayList<>();
        for (Map.Entry<GuideTally, Long> e : data.guideTallies.entrySet()) {
            GuideTally k = e.getKey();
            if (!k.week().isBefore(fromWeek) && !k.week().isAfter(toWeek)) {
                tallies.add(new GuideTally(k.week(), k.office(), k.event(), k.item(), e.getValue()));
            }
        }
        return tallies;
    }
}
