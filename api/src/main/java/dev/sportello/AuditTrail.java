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
}
