package dev.sportello.delegation;

import dev.sportello.Operation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Ways one party acts for another (R-DEL-1…3). Each kind covers a declared set of operations: acting on
 * behalf of someone is allowed only for an operation that the delegation's kind covers, and is denied and
 * audited otherwise ({@code ACCESS_DELEGATION_SCOPE}). No kind covers the operations of operators and
 * services, nor granting or revoking delegations: those are the represented person's own acts.
 *
 * <table>
 *   <caption>Operations each kind covers</caption>
 *   <tr><th>Kind</th><th>Covers</th></tr>
 *   <tr><td>{@link #PARENTAL_RESPONSIBILITY}, {@link #GUARDIANSHIP}</td><td>every operation of the
 *       represented user, contacts and consents included</td></tr>
 *   <tr><td>{@link #DIGITAL_IDENTITY}</td><td>every operation of the represented user except their
 *       profile, contacts and consents</td></tr>
 *   <tr><td>{@link #MANDATE}</td><td>the company's matters with the office: reading its profile, offices
 *       and inbox; requests; appointments; dossiers, their payments and documents; feedback</td></tr>
 * </table>
 *
 * <p>Thread-safe (an enum).
 */
public enum DelegationKind {
    /** A company's (or citizen's) mandate to an intermediary (R-DEL-3). */
    MANDATE(EnumSet.of(Operation.USER_READ, Operation.OFFICE_READ, Operation.INBOX_READ, Operation.INBOX_INTERACT,
            Operation.REQUEST_SUBMIT, Operation.REQUEST_READ, Operation.APPOINTMENT_READ,
            Operation.APPOINTMENT_AVAILABILITY, Operation.APPOINTMENT_BOOK, Operation.APPOINTMENT_BOOK_VIDEO_CALL,
            Operation.APPOINTMENT_JOIN, Operation.DOSSIER_READ, Operation.DOSSIER_PAYMENT_READ,
            Operation.DOSSIER_DOCUMENT_READ, Operation.FEEDBACK_GIVE)),
    /** A person's delegation of their digital identity to a trusted person (R-DEL-2). */
    DIGITAL_IDENTITY(except(Operation.USER_UPDATE, Operation.CONTACT_ADD, Operation.CONTACT_VERIFY,
            Operation.CONSENT_RECORD)),
    /** A parent acting for a minor (R-DEL-1); ends at the minor's 18th birthday at the latest. */
    PARENTAL_RESPONSIBILITY(except()),
    /** A guardian acting for a person under guardianship (R-DEL-1). */
    GUARDIANSHIP(except());

    private static final Set<Operation> NOT_ON_BEHALF = EnumSet.of(Operation.USER_REGISTER, Operation.OFFICE_CLOSE_DAY,
            Operation.DELEGATION_GRANT, Operation.DELEGATION_REVOKE, Operation.DELEGATION_ACCEPT, Operation.NOTIFICATION_ADMIN,
            Operation.DOSSIER_FEED, Operation.FEEDBACK_REVIEW,
            Operation.REQUEST_WORK, Operation.REQUEST_SUPERVISE, Operation.APPOINTMENT_WORK, Operation.ADMINISTRATION);

    private final Set<Operation> covered;

    DelegationKind(Set<Operation> covered) {
        this.covered = covered;
    }

    private static Set<Operation> except(Operation... excluded) {
        Set<Operation> all = EnumSet.allOf(Operation.class);
        all.removeAll(Set.of(excluded));
        return all;
    }

    /**
     * Whether a delegation of this kind lets its delegate perform an operation for the represented user.
     *
     * @param operation the operation; null is covered by no kind
     * @return true if covered
     */
    public boolean covers(Operation operation) {
        return operation != null && covered.contains(operation) && !NOT_ON_BEHALF.contains(operation);
    }

    /** The operations covered, in declaration order; never null, immutable. */
    public Set<Operation> operations() {
        Set<Operation> result = EnumSet.noneOf(Operation.class);
        covered.stream().filter(this::covers).forEach(result::add);
        return Set.copyOf(result);
    }
}
