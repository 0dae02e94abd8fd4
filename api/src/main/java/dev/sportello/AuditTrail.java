package dev.sportello;

/**
 * Reading the audit trail. Writing happens inside every command, atomically with its state change.
 *
 * <p>Implementations are thread-safe.
 */
public interface AuditTrail {
    /**
     * The entries about one object, oldest first. Needs {@link Operation#ADMINISTRATION} and a service
     * principal or a supervisor.
     *
     * @param principal the acting principal, not null
     * @param subject   the object, e.g. a {@link UserId} or a {@code RequestId}, not null
     * @param page      which page, not null
     * @return the page, never null
     */
    Page<AuditEntry> forSubject(Principal principal, AuditSubject subject, PageRequest page);

    /**
     * Checks the hash chain of one object's entries against the stored head: an entry changed, inserted
     * or removed (the last ones included) breaks it. Needs {@link Operation#ADMINISTRATION} and a service
     * principal or a supervisor.
     *
     * @param principal the acting principal, not null
     * @param subject   the object, not null
     * @return the verdict, never null
     */
    AuditVerification verify(Principal principal, AuditSubject subject);
}
