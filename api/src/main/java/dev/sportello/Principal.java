package dev.sportello;


/**
 * The acting principal that every use-case method receives explicitly (R-USR-2, R-DEL-5): who is
 * authenticated, with which credential (hence which assurance level), and on whose behalf.
 *
 * <p>The SDK trusts the integrator for authentication (the principal comes from SPID/CIE login) and
 * checks everything else itself: the assurance level against the policy of each operation, and
 * that a delegation or mandate exists whenever {@link #onBehalfOf()} names someone else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actor      who is authenticated; not null
 * @param credential how they authenticated; {@link Credential#SERVICE} if and only if the actor is a
 *                   {@link ServiceId}; not null
 * @param onBehalfOf the user represented, or null when users act for themselves (normalised to null
 *                   when equal to the actor); only users can act for another user
 */
public record Principal(PartyId actor, Credential credential, UserId onBehalfOf) {

    /** Checks the combination of actor, credential and represented user. */
    public Principal {
        Arguments.required(actor, "Principal", "actor");
        Arguments.required(credential, "Principal", "credential");
        if ((credential == Credential.SERVICE) != (actor instanceof ServiceId)) {
            throw Arguments.invalid("Principal", "credential", "the SERVICE credential is for service principals only");
        }
        if (onBehalfOf != null && !(actor instanceof UserId)) {
            throw Arguments.invalid("Principal", "onBehalfOf", "only users act on behalf of another user");
        }
        if (actor.equals(onBehalfOf)) {
            onBehalfOf = null;
        }
    }

    /**
     * A user acting for themselves.
     *
     * @param user       the user, not null
     * @param credential the credential used, not null and not SERVICE
     * @return the principal
     */
    public static Principal user(UserId user, Credential credential) {
        return new Principal(user, credential, null);
    }

    /**
     * An office operator.
     *
     * @param operator   the operator, not null
     * @param credential the credential used, not null and not SERVICE
     * @return the principal
     */
    public static Principal operator(OperatorId operator, Credential credential) {
        return new Principal(operator, credential, null);
    }

    /**
     * A back-end service of the integrator.
     *
     * @param name the service name, see {@link ServiceId}
     * @return the principal
     */
    public static Principal service(String name) {
        return new Principal(new ServiceId(name), Credential.SERVICE, null);
    }

    /**
     * The same user acting for someone else (a minor, a delegating person, a company that gave a
     * mandate). The SDK checks the delegation on every call.
     *
     * @param represented the user represented, not null
     * @return a new principal
     */
    public Principal actingFor(UserId represented) {
        return new Principal(actor, credential, Arguments.required(represented, "Principal", "represented"));
    }

    /** The assurance level of the credential; never null. */
    public AssuranceLevel assuranceLevel() {
        return credential.level();
    }

    /**
     * The user whose affairs this call is about: the represented user if any, else the actor when it
     * is a user; null for operators and services.
     *
     * @return the user, or null
     */
    public UserId subjectUser() {
        if (onBehalfOf != null) {
            return onBehalfOf;
        }
        return actor instanceof UserId user ? user : null;
    }

    @Override
    public String toString() {
        return actor.asText() + (onBehalfOf == null ? "" : " for " + onBehalfOf.asText()) + " [" + credential + "]";
    }
}
