package dev.sportello.core.internal.dossiers;

import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;

import java.util.List;
import java.util.Optional;

/**
 * Reading dossiers (R-DOS-2): the detail, the user's list, the payments (IBAN masked), the personal data
 * and the document lists, each access-checked for its own operation (denials audited by the kernel).
 *
 * <p>Thread-safe.
 */
final class DossierReads {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final DossierSettings settings;

    DossierReads(Kernel kernel, ObjectAccess access, DossierSettings settings) {
        this.kernel = kernel;
        this.access = access;
        this.settings = settings;
    }

    Dossier get(Principal principal, DossierId dossier) {
        Checks.notNull(dossier, "get", "dossier");
        return kernel.execute(principal, Operation.DOSSIER_READ, tx -> {
            DossierRecord record = DossierRules.load(tx, dossier);
            access.require(principal, Operation.DOSSIER_READ, DossierRules.bound(record), DossierRules.READERS);
            return DossierRules.view(tx, record, settings);
        });
    }

    Page<DossierSummary> search(Principal principal, DossierSearch search) {
        return kernel.execute(principal, Operation.DOSSIER_READ, search, tx -> {
            UserId owner = ObjectAccess.requireUser(principal, Operation.DOSSIER_READ);
            return tx.store(DossierStore.class).search(owner, search);
        });
    }

    List<Payment> payments(Principal principal, DossierId dossier) {
        Checks.notNull(dossier, "payments", "dossier");
        return kernel.execute(principal, Operation.DOSSIER_PAYMENT_READ, tx -> {
            DossierRecord record = DossierRules.load(tx, dossier);
            access.require(principal, Operation.DOSSIER_PAYMENT_READ, DossierRules.bound(record), DossierRules.READERS);
            return tx.store(DossierStore.class).payments(dossier).stream().map(DossierRules::masked).toList();
        });
    }

    Optional<PersonalData> personalData(Principal principal, UserId user) {
        Checks.notNull(user, "personalData", "user");
        return kernel.execute(principal, Operation.DOSSIER_READ, tx -> {
            access.requireOwner(principal, Operation.DOSSIER_READ, user, user, false);
            return tx.store(DossierStore.class).personalData(user);
        });
    }

    List<DossierDocument> documents(Principal principal, DossierId dossier) {
        Checks.notNull(dossier, "documents", "dossier");
        return kernel.execute(principal, Operation.DOSSIER_DOCUMENT_READ, tx -> {
            DossierRecord record = DossierRules.load(tx, dossier);
            access.require(principal, Operation.DOSSIER_DOCUMENT_READ, DossierRules.bound(record), DossierRules.READERS);
            return tx.store(DocumentStore.class).list(dossier);
        });
    }

    List<DossierDocument> documentsOfUser(Principal principal) {
        return kernel.execute(principal, Operation.DOSSIER_DOCUMENT_READ, tx ->
                tx.store(DocumentStore.class).listOfOwner(ObjectAccess.requireUser(principal, Operation.DOSSIER_DOCUMENT_READ)));
    }
}
