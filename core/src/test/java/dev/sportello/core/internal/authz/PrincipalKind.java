package dev.sportello.core.internal.authz;

/**
 * The columns of the authorization matrix: who calls a use-case method, relative to "the owner" whose objects
 * the call targets (OWASP ASVS 8.2.2, 8.3.3). Every kind signs in with CIE, so the assurance level never decides a
 * cell; each call is made on a world of its own ({@link MatrixWorld}).
 *
 * <p>Thread-safe (an enum).
 */
enum PrincipalKind {
    /** The owner, a citizen resident in Rome, acting for themselves. */
    OWNER(false),
    /** Another citizen of Rome, acting for themselves on the owner's objects. */
    STRANGER(false),
    /**
     * A citizen acting for the owner through an active delegation whose scope is exactly the method's operations:
     * a digital-identity delegation where that kind may cover them, else a guardianship (profile, contacts,
     * consents), else (operations no kind covers) a digital-identity delegation with its default scope.
     */
    DELEGATE(false),
    /** A citizen acting for the owner through an active digital-identity delegation without the method's operations. */
    DELEGATE_OUT_OF_SCOPE(false),
    /** A citizen acting for the owner through a digital-identity delegation requested but not accepted. */
    DELEGATE_PENDING(false),
    /** A citizen acting for the owner through a digital-identity delegation whose validity ended. */
    DELEGATE_EXPIRED(false),
    /** A citizen acting for the owner through a digital-identity delegation the owner revoked. */
    DELEGATE_REVOKED(false),
    /** An intermediary acting for a company through the company's active mandate (the kind's default scope). */
    INTERMEDIARY(true),
    /** An intermediary acting for the same company holding a mandate from another company only. */
    INTERMEDIARY_UNMANDATED(true),
    /** A front-office operator of Roma, the owner's competent office. */
    FRONT_OFFICE(false),
    /** A back-office operator of Roma, in charge of the owner's request. */
    BACK_OFFICE(false),
    /** Roma's supervisor (also back office). */
    SUPERVISOR(false),
    /** A back-office operator of Cagliari, not the owner's office. */
    OTHER_OFFICE(false),
    /** A service granted exactly the method's operations ({@code ServiceGrants}). */
    SERVICE(false),
    /** A service granted every operation except the method's. */
    SERVICE_UNGRANTED(false);

    private final boolean forCompany;

    PrincipalKind(boolean forCompany) {
        this.forCompany = forCompany;
    }

    /** Whether the call targets the company's objects (intermediaries) rather than the citizen owner's. */
    boolean forCompany() {
        return forCompany;
    }
}
