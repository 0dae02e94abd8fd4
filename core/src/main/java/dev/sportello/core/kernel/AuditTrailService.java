package dev.sportello.core.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.AuditTrail;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;

/**
 * Reading the audit trail: services and supervisors only.
 *
 * <p>Thread-safe.
 */
public final class AuditTrailService implements AuditTrail {
    private final Kernel kernel;
    private final Admins admins;

    /**
     * Creates the service.
     *
     * @param kernel the kernel
     * @param admins who may read it
     */
    public AuditTrailService(Kernel kernel, Admins admins) {
        this.kernel = kernel;
        this.admins = admins;
    }

    @Override
    public Page<AuditEntry> forObject(Principal principal, String objectType, String objectId, PageRequest page) {
        Checks.notNull(objectType, "forObject", "objectType");
        Checks.notNull(objectId, "forObject", "objectId");
        Checks.notNull(page, "forObject", "page");
        return kernel.execute(principal, Operation.ADMINISTRATION, page, tx -> {
            admins.require(principal, Operation.ADMINISTRATION);
            return tx.stores().audit().forObject(objectType, objectId, page);
        });
    }
}
