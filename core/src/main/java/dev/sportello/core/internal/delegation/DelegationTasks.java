package dev.sportello.core.internal.delegation;

import dev.sportello.DelegationId;
import dev.sportello.core.internal.kernel.TaskType;

/**
 * The tasks the delegation area schedules for itself through the outbox; their names are persisted with
 * the entries. Both only touch the stores and re-read the delegation when they run, so a task that comes
 * late, twice in a row of retries, or after the delegation has moved on does nothing.
 */
final class DelegationTasks {
    /** A pending delegation at its acceptance deadline, or an active one at the end of its validity, expires. */
    static final TaskType<DelegationId> EXPIRY = TaskType.ofId("delegation.expiry", "delegationId", DelegationId::of);
    /** Parental responsibility ends soon at the minor's 18th birthday: both are told (R-DEL-1). */
    static final TaskType<DelegationId> COMING_OF_AGE_NOTICE = TaskType.ofId("delegation.coming-of-age-notice",
            "delegationId", DelegationId::of);

    private DelegationTasks() {
    }

    /** The key that cancels the tasks of a delegation together. */
    static String cancelKey(DelegationId id) {
        return "delegation:" + id;
    }
}
