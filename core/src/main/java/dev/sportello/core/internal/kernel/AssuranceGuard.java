package dev.sportello.core.internal.kernel;

import dev.sportello.AssurancePolicy;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * Checks a principal's credential against the assurance policy of an operation (R-USR-2), and that a
 * service principal was granted the operation ({@link ServiceGrants}).
 *
 * <p>Immutable and thread-safe.
 */
public final class AssuranceGuard {
    private final AssurancePolicy policy;
    private final ServiceGrants services;

    /**
     * Creates the guard.
     *
     * @param policy   the policy
     * @param services what each service may do
     */
    public AssuranceGuard(AssurancePolicy policy, ServiceGrants services) {
        this.policy = policy;
        this.services = services;
    }

    /**
     * Denies the call if a service was not granted the operation, or the credential is too weak or not
     * accepted for it.
     *
     * @param principal the principal
     * @param operation the operation
     */
    public void check(Principal principal, Operation operation) {
        SportelloException refusal = refusal(principal, operation);
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Whether {@link #check} would let the call through, without throwing: for what a read leaves out
     * rather than refuses.
     *
     * @param principal the principal
     * @param operation the operation
     * @return true when the principal may
     */
    public boolean allows(Principal principal, Operation operation) {
        return refusal(principal, operation) == null;
    }

    private SportelloException refusal(Principal principal, Operation operation) {
        if (principal.actor() instanceof ServiceId service && !services.allows(service, operation)) {
            return SportelloException.of(ErrorCode.ACCESS_SERVICE_NOT_GRANTED,
                    Map.of("operation", operation.name(), "service", service.name()));
        }
        AssurancePolicy.Requirement requirement = policy.requirement(operation);
        if (principal.credential() == Credential.INSTITUTIONAL_PIN && !requirement.institutionalPinAccepted()) {
            return SportelloException.of(ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED,
                    Map.of("operation", operation.name(), "credential", principal.credential().name()));
        }
        if (!principal.assuranceLevel().isAtLeast(requirement.minimum())) {
            return SportelloException.of(ErrorCode.ACCESS_ASSURANCE_TOO_LOW, Map.of("operation", operation.name(),
                    "required", requirement.minimum().name(), "actual", principal.assuranceLevel().name()));
        }
        return null;
    }
}
