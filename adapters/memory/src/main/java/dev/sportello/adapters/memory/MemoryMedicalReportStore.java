package dev.sportello.adapters.memory;

import dev.sportello.dossiers.DossierId;
import dev.sportello.medical.spi.GuideTally;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;

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
        undo.put(data.medicalReports, record.dossier(), record);
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
