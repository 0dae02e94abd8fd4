package dev.sportello.core.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.spi.OfficeDirectory;

import java.util.Map;

/**
 * Who may administer the SDK (dead letters, audit trail, engagement figures): service principals and
 * operators with the supervisor role.
 *
 * <p>Thread-safe.
 */
public final class Admins {
    private final OfficeDirectory directory;

    /**
     * Creates the check.
     *
     * @param directory the office directory
     */
    public Admins(OfficeDirectory directory) {
        this.directory = directory;
    }

    /**
     * Fails unless the principal is a service or a supervisor.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     */
    public void require(Principal principal, Operation operation) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        if (principal.actor() instanceof OperatorId id) {
            Operator operator = directory.operator(id).orElseThrow(() ->
                    SportelloException.of(ErrorCode.OFF_OPERATOR_UNKNOWN, Map.of("operatorId", id.toString())));
            if (operator.has(OperatorRole.SUPERVISOR)) {
                return;
            }
        }
        throw Access.roleRequired(operation, "a service principal or a supervisor");
    }
}
