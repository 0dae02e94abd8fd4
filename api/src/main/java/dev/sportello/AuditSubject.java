package dev.sportello;

/**
 * Something the audit trail records actions on: the SDK's ids implement it ({@link UserId},
 * {@code RequestId}, {@code AppointmentId}, …), so that reading the trail takes a typed id rather than
 * two strings.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface AuditSubject {
    /** The kind of object as the trail stores it, e.g. {@code user}; never null. */
    String auditType();

    /** The object's id as the trail stores it; never null. */
    String auditId();
}
