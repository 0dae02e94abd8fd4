package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.users.spi.UserStore;

import java.util.Map;
import java.util.Optional;

/**
 * The internal read the attestation code calls (R-DOS-5), provided in the wiring by the medical-reports area:
 * inside the attestation use case's own transaction, the facts of a dossier's current, attested status.
 *
 * <p>Thread-safe.
 */
public final class MedicalAttestations {
    private final ObjectAccess access;

    MedicalAttestations(ObjectAccess access) {
        this.access = access;
    }

    /**
     * The facts to attest, for a principal who may read the report (the holder, a covering delegate, an
     * operator of the managing office; a denial is thrown, and audited by the kernel).
     *
     * @param tx        the attestation use case's transaction
     * @param principal who asks
     * @param operation the attestation's operation, for the access check and its audit
     * @param dossier   the dossier
     * @return the facts
     * @throws SportelloException {@code DOS_NOT_FOUND}, access codes, {@code MED_REPORT_NOT_FOUND},
     *                            {@code MED_STATUS_NOT_ATTESTED}
     */
    public AttestationFacts require(Tx tx, Principal principal, Operation operation, DossierId dossier) {
        MedicalReportRecord record = MedicalReads.load(tx, principal, operation, access, dossier);
        return current(tx, record).orElseThrow(() -> SportelloException.of(ErrorCode.MED_STATUS_NOT_ATTESTED,
                Map.of("dossier", dossier.value())));
    }

    /**
     * The facts of a dossier's current report if its status is attested, without an access check: for the
     * attestation code's own tasks (is the edition a token attests still the current, attested one?).
     *
     * @param tx      the transaction
     * @param dossier the dossier
     * @return the facts, or empty when there is no report or its status is not attested
     * @throws SportelloException {@code DOS_OWNER_UNKNOWN} when the holder's profile is gone (erased)
     */
    public Optional<AttestationFacts> current(Tx tx, DossierId dossier) {
        return tx.store(MedicalReportStore.class).find(dossier).flatMap(r -> current(tx, r));
    }

    private static Optional<AttestationFacts> current(Tx tx, MedicalReportRecord record) {
        MedicalReport r = record.report();
        if (!r.statusAttested()) {
            return Optional.empty();
        }
        String name = tx.store(UserStore.class).find(record.owner()).map(u -> u.name())
                .orElseThrow(() -> SportelloException.of(ErrorCode.DOS_OWNER_UNKNOWN, Map.of("dossier", record.dossier().value())));
        return Optional.of(new AttestationFacts(record.dossier(), r.number(), r.edition(), name, r.holderBirthDate(),
                r.kind(), r.band(), r.issuedOn(), r.reviewOn()));
    }
}
