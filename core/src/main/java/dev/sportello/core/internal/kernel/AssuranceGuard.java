package dev.sportello.core.internal.kernel;

import dev.sportello.AssurancePolicy;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * Checks a principal's credential against the assurance policy of an operation (R-USR-2).
 *
 * <p>Immutable and thread-safe.
 */
public final class AssuranceGuard {
    private final AssurancePolicy policy;

    /**
     * Creates the guard.
     *
     * @param policy the policy
     */
    public AssuranceGuard(AssurancePolicy policy) {
        this.policy = policy;
    }

    /**
     * Denies the call if the credential is too weak or not accepted for the operation.
     *
     * @param principal the principal
     * @param operation the operation
     */
    public void check(Principal principal, Operation operation) {
        AssurancePolicy.Requirement requirement = policy.requirement(operation);
        if (principal.credential() == Credential.INSTITUTIONAL_PIN && !requirement.institutionalPinAccepted()) {
            throw SportelloException.of(ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED,
                    Map.of("operation", operation.name(), "credential", principal.credential().name()));
        }
        if (!principal.assuranceLevel().isAtLeast(requirement.minimum())) {
            throw SportelloException.of(ErrorCode.ACCESS_ASSURANCE_TOO_LOW, Map.of("operation", operation.name(),
                    "required", requirement.minimum().name(), "actual", principal.assuranceLevel().name()));
        }
    }
}
