package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.AuditSubject;
import dev.sportello.AuditTrail;
import dev.sportello.AuditVerification;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.spi.AuditStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit trail: services and supervisors only.
 *
 * <p>Thread-safe.
 */
public final class AuditTrailService implements AuditTrail {
    private final Kernel kernel;
    private final ObjectAccess access;

    /**
     * Creates the service.
     *
     * @param kernel the kernel
     * @param access who may read it
     */
    public AuditTrailService(Kernel kernel, ObjectAccess access) {
        this.kernel = kernel;
        this.access = access;
    }

    @Override
    public Page<AuditEntry> forSubject(Principal principal, AuditSubject subject, PageRequest page) {
        Checks.notNull(subject, "forSubject", "subject");
        Checks.notNull(page, "forSubject", "page");
        return kernel.execute(principal, Operation.ADMINISTRATION, page, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            return tx.store(AuditStore.class).forObject(subject.auditType(), subject.auditId(), page);
        });
    }

    @Override
    public AuditVerification verify(Principal principal, AuditSubject subject) {
        Checks.notNull(subject, "verify", "subject");
        return kernel.execute(principal, Operation.ADMINISTRATION, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            AuditStore store = tx.store(AuditStore.class);
            List<AuditEntry> entries = new ArrayList<>();
            PageRequest page = PageRequest.first(200);
            while (page != null) {
                Page<AuditEntry> batch = store.forObject(subject.auditType(), subject.auditId(), page);
                entries.addAll(batch.items());
                page = batch.hasNext() ? page.after(batch) : null;
            }
            return AuditChains.verify(entries, store.findHead(subject.auditType(), subject.auditId()));
        });
    }
}
