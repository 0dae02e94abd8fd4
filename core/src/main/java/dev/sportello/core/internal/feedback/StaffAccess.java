package dev.sportello.core.internal.feedback;

import dev.sportello.AuditSubject;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;

/**
 * Who reviews feedback ({@code FEEDBACK_REVIEW}): a service, or a supervisor of any office, sees and triages
 * every office's ratings and suggestions (as the engagement figures need a service or a supervisor); a
 * back-office operator only their own office's. Front-office operators and users may not; no delegation
 * covers the review (the kernel refuses it first). Denials are {@code AccessDeniedException}s that the kernel
 * audits.
 *
 * <p>Thread-safe.
 */
final class StaffAccess {
    private final ObjectAccess access;

    StaffAccess(ObjectAccess access) {
        this.access = access;
    }

    /**
     * Fails unless the principal may review an office's feedback.
     *
     * @param principal the principal
     * @param office    the office, or null for every office (or a rating with no office)
     * @param subject   what is read or changed, for the audit of a denial
     */
    void require(Principal principal, OfficeCode office, AuditSubject subject) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        Operator operator = access.requireOperator(principal, Operation.FEEDBACK_REVIEW);
        if (operator.has(OperatorRole.SUPERVISOR)) {
            return;
        }
        if (office == null) {
            throw ObjectAccess.roleRequired(Operation.FEEDBACK_REVIEW, "a supervisor or a service for every office",
                    subject);
        }
        access.require(principal, Operation.FEEDBACK_REVIEW, new ObjectAccess.Bound(subject, null, office),
                ObjectAccess.Rule.operators(OperatorRole.BACK_OFFICE));
    }
}
