package dev.sportello.delegation;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * Grants a delegation. Mandates and digital-identity delegations are granted by the delegator (or a
 * service of the institution); parental responsibility and guardianship only by a service, which has
 * checked the documents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       the kind, required
 * @param delegator  the represented user, required
 * @param delegate   who may act for them, required
 * @param validFrom  start; null for now
 * @param validUntil end, required, after the start
 */
public record GrantDelegation(@NotNull DelegationKind kind, @NotNull UserId delegator, @NotNull UserId delegate,
                              Instant validFrom, @NotNull Instant validUntil) {
}
