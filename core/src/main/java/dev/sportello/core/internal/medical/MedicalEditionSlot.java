package dev.sportello.core.internal.medical;

import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReport;

/**
 * Where another area learns, in the feed's own transaction, that a dossier's medical report was recorded (a
 * first report, or a new edition): the attestation area installs its listener here to revoke the tokens of
 * editions it replaces (R-DOS-5). Without a listener nothing happens.
 *
 * <p>Thread-safe once the SDK is built.
 */
public final class MedicalEditionSlot {
    /** What the listener is told. Implementations are thread-safe. */
    @FunctionalInterface
    public interface Listener {
        /**
         * A report was recorded, in the feed's transaction: writes join it, a throw rolls the report back.
         *
         * @param tx      the feed's transaction
         * @param dossier the dossier
         * @param report  the report now current
         */
        void recorded(Tx tx, DossierId dossier, MedicalReport report);
    }

    private volatile Listener listener;

    /**
     * Installs the listener.
     *
     * @param value the listener
     */
    public void install(Listener value) {
        listener = value;
    }

    void recorded(Tx tx, DossierId dossier, MedicalReport report) {
        Listener installed = listener;
        if (installed != null) {
            installed.recorded(tx, dossier, report);
        }
    }
}
