package dev.sportello.medical.spi;

import dev.sportello.dossiers.DossierId;
import dev.sportello.notifications.NoticeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Medical reports (one current report per dossier) and the anonymous counters of their guides. Part of a
 * transaction; not thread-safe. A storage without it runs without medical reports: a feed report that
 * carries one is refused with {@code ADAPTER_STORE_MISSING}.
 */
public interface MedicalReportStore {
    /**
     * A dossier's current report.
     *
     * @param dossier the dossier, not null
     * @return the report, if any
     */
    Optional<MedicalReportRecord> find(DossierId dossier);

    /**
     * Adds or replaces a dossier's current report. A record whose {@code notice()} is null keeps the notice
     * stored with the dossier's report, if any: the task that announces a re-issue withdraws it, even when it
     * was attached after the re-issue was decided.
     *
     * @param record the report, not null
     */
    void put(MedicalReportRecord record);

    /**
     * Sets the notice of a dossier's report only if its current edition is still {@code edition} (a
     * compare-and-set: a re-issue recorded meanwhile is never overwritten).
     *
     * @param dossier the dossier, not null
     * @param edition the edition the notice announces
     * @param notice  the notice, not null
     * @return true if set; false when the dossier has no report or another edition
     */
    boolean attachNotice(DossierId dossier, int edition, NoticeId notice);

    /**
     * Adds one to a counter (creating it at 1). {@code tally.count()} is ignored.
     *
     * @param tally the counter's key, not null
     */
    void increment(GuideTally tally);

    /**
     * The counters of the weeks from {@code fromWeek} to {@code toWeek}, both Mondays, inclusive, in any order.
     *
     * @param fromWeek the first Monday, not null
     * @param toWeek   the last Monday, not null
     * @return the counters; never null
     */
    List<GuideTally> between(LocalDate fromWeek, LocalDate toWeek);
}
