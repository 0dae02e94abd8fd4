package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.medical.MedicalEditionSlot;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReport;

/**
 * The automatic revocation (R-DOS-5): when the feed records a new edition of a dossier's medical report, the
 * dossier's tokens of earlier editions are revoked in the feed's transaction; when the recorded report's status is
 * not attested, all of them are. A storage without an attestation store has nothing to revoke.
 *
 * <p>Thread-safe (stateless).
 */
final class EditionRevocations implements MedicalEditionSlot.Listener {
    @Override
    public void recorded(Tx tx, DossierId dossier, MedicalReport report) {
        AttestationStore store;
        try {
            store = tx.store(AttestationStore.class);
        } catch (SportelloException e) {
            if (e.code() == ErrorCode.ADAPTER_STORE_MISSING) {
                return;
            }
            throw e;
        }
        String reason = report.statusAttested() ? "REPLACED_BY_EDITION_" + report.edition() : "STATUS_NOT_ATTESTED";
        for (AttestationRecord r : store.byDossier(dossier)) {
            if (!r.revoked() && (!report.statusAttested() || r.edition() < report.edition())) {
                store.revoke(r.id(), tx.now(), reason);
                tx.audit("ATTESTATION_REVOKED", r.id());
            }
        }
    }
}
