package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.requests.DossierReferences;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.offices.Office;
import dev.sportello.requests.RequestId;

/**
 * Questions about a dossier go through requests (R-DOS-3): the dossier named must be the request owner's
 * (the user, or the one a delegate acts for — the kernel has checked the delegation), and the request goes
 * to the dossier's managing office; the dossier then lists the request, and the request names the dossier.
 *
 * <p>Thread-safe.
 */
final class DossierLinks implements DossierReferences {
    private final OfficeService offices;

    DossierLinks(OfficeService offices) {
        this.offices = offices;
    }

    @Override
    public Office route(Tx tx, UserId owner, String dossier) {
        DossierRecord record = DossierRules.load(tx, new DossierId(dossier));
        if (!record.owner().equals(owner)) {
            throw ObjectAccess.notOwner(record.id());
        }
        return offices.require(record.office());
    }

    @Override
    public void linked(Tx tx, String dossier, RequestId request) {
        tx.store(DossierStore.class).linkRequest(new DossierId(dossier), request);
    }
}
