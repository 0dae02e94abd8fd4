package dev.sportello.delegation;

import dev.sportello.Operation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Ways one party acts for another (R-DEL-1…3). Each kind has a ceiling: the operations a delegation of that
 * kind may cover ({@link #covers}, {@link #operations()}). Each delegation has a scope within that ceiling,
 * chosen when it is requested or granted; acting on behalf of someone is allowed only for an operation in
 * the scope of an active delegation, and is denied and audited otherwise ({@code ACCESS_DELEGATION_SCOPE}).
 * Contacts and consents ({@link #namedOnly()}) are in a scope only when it names them; a scope left out
 * gets {@link #defaultScope()}. No kind covers the operations of operators and services, nor granting,
 * accepting or revoking delegations: those are the parties' own acts.
 *
 * <table>
 *   <caption>The ceiling of each kind</caption>
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
            Operation.REQUEST_WORK, Operation.REQUEST_SUPERVISE, Operation.APPOINTMENT_WORK, Operation.ADMINISTRATION,
            Operation.FRAGILE_ENROL, Operation.FRAGILE_PHONE_LINE, Operation.MEDICAL_FIGURES,
            Operation.ATTESTATION_REVOKE);

    private static final Set<Operation> NAMED_ONLY = EnumSet.of(Operation.CONTACT_ADD, Operation.CONTACT_VERIFY,
            Operation.CONSENT_RECORD);

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
     * Whether a delegation of this kind may cover an operation (whether its scope may name it).
     *
     * @param operation the operation; null is covered by no kind
     * @return true if within the ceiling
     */
    public boolean covers(Operation operation) {
        return operation != null && covered.contains(operation) && !NOT_ON_BEHALF.contains(operation);
    }

    /** The ceiling: every operation a delegation of this kind may cover; never null, immutable. */
    public Set<Operation> operations() {
        Set<Operation> result = EnumSet.noneOf(Operation.class);
        covered.stream().filter(this::covers).forEach(result::add);
        return Set.copyOf(result);
    }

    /**
     * The scope of a delegation of this kind whose request names none: its ceiling without contacts and
     * consents, which a scope holds only when it names them.
     *
     * @return the operations; never null, immutable
     */
    public Set<Operation> defaultScope() {
        Set<Operation> result = EnumSet.noneOf(Operation.class);
        covered.stream().filter(o -> covers(o) && !NAMED_ONLY.contains(o)).forEach(result::add);
        return Set.copyOf(result);
    }

    /**
     * The operations that a scope holds only when it names them: adding and verifying contact points,
     * recording consents (the "contacts and consents only when named explicitly").
     *
     * @return the operations; never null, immutable
     */
    public static Set<Operation> namedOnly() {
        return Set.copyOf(NAMED_ONLY);
    }
}
