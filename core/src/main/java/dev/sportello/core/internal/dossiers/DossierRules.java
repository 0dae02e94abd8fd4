package dev.sportello.core.internal.dossiers;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKind;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.offices.OperatorRole;

import java.util.EnumSet;
import java.util.Map;

/**
 * What every dossier use case shares: reading a dossier, who may read it (the owner, a delegate whose
 * delegation covers the operation, the operators of the managing office — no service, nobody else), and
 * the views.
 *
 * <p>Thread-safe.
 */
final class DossierRules {
    /** The readers of a dossier: its owner (or a delegate) and any operator of its managing office. */
    static final ObjectAccess.Rule READERS = new ObjectAccess.Rule(true, EnumSet.allOf(OperatorRole.class), false);

    private DossierRules() {
    }

    static DossierRecord load(Tx tx, DossierId id) {
        return tx.store(DossierStore.class).find(id).orElseThrow(() -> notFound(id));
    }

    static SportelloException notFound(DossierId id) {
        return SportelloException.of(ErrorCode.DOS_NOT_FOUND, Map.of("dossier", id.value()));
    }

    static ObjectAccess.Bound bound(DossierRecord record) {
        return new ObjectAccess.Bound(record.id(), record.owner(), record.office());
    }

    static Dossier view(Tx tx, DossierRecord r, DossierSettings settings) {
        DossierStore store = tx.store(DossierStore.class);
        DossierKind kind = settings.kind(r.kind()).orElseGet(() -> DossierKind.of(r.kind(), r.kind().code(),
                r.kind().code(), r.kind().code()));   // a kind no longer configured shows its code
        return new Dossier(r.id(), kind, r.owner(), r.office(), r.status(), r.statusNote(), r.lastChangeAt(), r.outcome(),
                store.timeline(r.id()), store.measures(r.id()), store.requests(r.id()), r.gaps(), r.sequence(), r.version(),
                r.updatedAt());
    }

    /** A payment as users see it: the IBAN masked. */
    static Payment masked(Payment payment) {
        return payment.method() instanceof PaymentMethod.Account account
                ? payment.withMethod(new PaymentMethod.Account(account.accountType(), Ibans.masked(account.iban()))) : payment;
    }
}
