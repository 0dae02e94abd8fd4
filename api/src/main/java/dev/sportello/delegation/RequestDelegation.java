package dev.sportello.delegation;

import dev.sportello.Arguments;
import dev.sportello.Operation;
import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Set;

/**
 * The delegator asks a delegate to act for them (R-DEL-2 digital identity, R-DEL-3 a company's mandate to an
 * intermediary): the delegation is {@link DelegationStatus#PENDING} until the delegate accepts it with the
 * acceptance code that the delegator gives them out of band. Only the delegator, acting for themselves,
 * requests; parental responsibility and guardianship are granted by a service ({@link GrantDelegation}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       {@link DelegationKind#DIGITAL_IDENTITY} or {@link DelegationKind#MANDATE}, required
 * @param delegator  the represented user (the principal), required
 * @param delegate   who will act for them, required
 * @param validFrom  start; null for now (the delegate can act once they accept)
 * @param validUntil end, required, after the start
 * @param scope      the operations it covers, within the kind's ceiling; null for the kind's
 *                   {@link DelegationKind#defaultScope() default scope}; contacts and consents only when named
 */
public record RequestDelegation(@NotNull DelegationKind kind, @NotNull UserId delegator, @NotNull UserId delegate,
                                Instant validFrom, @NotNull Instant validUntil, Set<@NotNull Operation> scope) {
    /** Copies the scope. */
    public RequestDelegation {
        scope = Arguments.lenientSet(scope);
    }
}
