package dev.sportello.delegation;

import dev.sportello.Arguments;
import dev.sportello.Operation;
import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Set;

/**
 * A service of the institution that has checked the documents grants a delegation, active at once, with no
 * acceptance code: parental responsibility (for a minor, ended at the 18th birthday at the latest) and
 * guardianship (R-DEL-1), or a mandate or digital-identity delegation registered at the counter. Users ask
 * for theirs with {@link RequestDelegation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       the kind, required
 * @param delegator  the represented user, required
 * @param delegate   who may act for them, required
 * @param validFrom  start; null for now
 * @param validUntil end, required, after the start
 * @param scope      the operations it covers, within the kind's ceiling; null for the kind's
 *                   {@link DelegationKind#defaultScope() default scope}
 */
public record GrantDelegation(@NotNull DelegationKind kind, @NotNull UserId delegator, @NotNull UserId delegate,
                              Instant validFrom, @NotNull Instant validUntil, Set<@NotNull Operation> scope) {
    /** Copies the scope. */
    public GrantDelegation {
        scope = Arguments.lenientSet(scope);
    }

    /**
     * A grant with the kind's default scope.
     *
     * @param kind       the kind, required
     * @param delegator  the represented user, required
     * @param delegate   who may act for them, required
     * @param validFrom  start; null for now
     * @param validUntil end, required, after the start
     */
    public GrantDelegation(DelegationKind kind, UserId delegator, UserId delegate, Instant validFrom, Instant validUntil) {
        this(kind, delegator, delegate, validFrom, validUntil, null);
    }
}
