package dev.sportello.core.internal.dossiers;

import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.spi.DossierRecord;

/**
 * What the feed asks of the medical-reports area when a report carries a medical report (R-DOS-4): first to
 * decide — before any write of the report, like every other check of the applier — then, once the report is
 * applied, to write. The medical-reports area installs its implementation in the {@link Slot} that this area
 * provides; it is always assembled after this one, so in a built SDK every report carrying a medical report goes
 * through the hook and is never applied without it. Over a storage without {@code MedicalReportStore} the hook
 * refuses such a report with {@code ADAPTER_STORE_MISSING} (detail {@code store}) before anything of it is written:
 * {@code report} throws, {@code reportAll} answers {@code Rejected} for that report only; reports without a medical
 * report are applied as usual. Only an empty slot — a {@code ReportApplier} built alone, never a built SDK —
 * ignores the medical report.
 *
 * <p>Implementations are thread-safe.
 */
public interface MedicalReportHook {
    /**
     * Decides what a report's medical report changes, writing nothing.
     *
     * @param tx     the feed's transaction
     * @param stored the dossier as stored, or null for a new dossier
     * @param report the checked report, whose {@code medicalReport()} is not null
     * @return what to write once the report is applied, or null when the medical report is unchanged
     * @throws dev.sportello.SportelloException when the medical report is refused (nothing was written)
     */
    Pending decide(Tx tx, DossierRecord stored, DossierReport report);

    /** A decided change of a dossier's medical report. */
    @FunctionalInterface
    interface Pending {
        /**
         * Writes it, in the feed's transaction.
         *
         * @param tx     the transaction
         * @param record the dossier as the report left it
         */
        void write(Tx tx, DossierRecord record);
    }

    /** Where the medical-reports area installs its hook while the SDK is built. Thread-safe once built. */
    final class Slot {
        private volatile MedicalReportHook hook;

        /**
         * Installs the hook.
         *
         * @param value the implementation
         */
        public void install(MedicalReportHook value) {
            hook = value;
        }

        /**
         * The hook's decision for a report, or null when the report carries no medical report or no hook is installed
         * (the latter only outside a built SDK, see {@link MedicalReportHook}).
         */
        Pending decide(Tx tx, DossierRecord stored, DossierReport report) {
            MedicalReportHook installed = hook;
            return installed == null || report.medicalReport() == null ? null : installed.decide(tx, stored, report);
        }
    }
}
