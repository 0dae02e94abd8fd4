package dev.sportello.core.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;

import java.util.Map;

/** Ownership and principal-kind checks shared by the services. */
public final class Access {
    private Access() {
    }

    /**
     * The user the call is about; fails unless the principal is a user.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     * @return the represented user, or the actor
     */
    public static UserId requireUser(Principal principal, Operation operation) {
        UserId user = principal.subjectUser();
        if (user == null) {
            throw roleRequired(operation, "a user principal");
        }
        return user;
    }

    /**
     * Fails unless the principal is a service.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     */
    public static void requireService(Principal principal, Operation operation) {
        if (!(principal.actor() instanceof ServiceId)) {
            throw roleRequired(operation, "a service principal");
        }
    }

    /**
     * The operator acting; fails unless the principal is an operator.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     * @return the operator id
     */
    public static OperatorId requireOperator(Principal principal, Operation operation) {
        if (!(principal.actor() instanceof OperatorId operator)) {
            throw roleRequired(operation, "an operator principal");
        }
        return operator;
    }

    /**
     * Fails unless the principal is the owner (or acts for them) or a service.
     *
     * @param principal  the principal
     * @param owner      the owner of the object
     * @param objectType the kind of object, for the audit of the denial
     * @param objectId   the object id, for the audit of the denial
     */
    public static void requireOwnerOrService(Principal principal, UserId owner, String objectType, Object objectId) {
        if (principal.actor() instanceof ServiceId || owner.equals(principal.subjectUser())) {
            return;
        }
        throw notOwner(objectType, objectId);
    }

    /**
     * The error for a principal that may not touch an object.
     *
     * @param objectType the kind of object
     * @param objectId   its id
     * @return the error
     */
    public static SportelloException notOwner(String objectType, Object objectId) {
        return SportelloException.of(ErrorCode.ACCESS_NOT_OWNER,
                Map.of("objectType", objectType, "objectId", objectId.toString()));
    }

    /**
     * The error for a principal of the wrong kind or role.
     *
     * @param operation the operation
     * @param required  what it requires
     * @return the error
     */
    public static SportelloException roleRequired(Operation operation, String required) {
        return SportelloException.of(ErrorCode.ACCESS_ROLE_REQUIRED,
                Map.of("operation", operation.name(), "required", required));
    }
}
