package dev.sportello.core.internal.delegation;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserKind;
import dev.sportello.users.spi.UserRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a new delegation must satisfy, whether requested or granted: two different users of the kinds its
 * kind needs (R-DEL-1…3), a period that ends after it starts and after now — cut at the 18th birthday for
 * parental responsibility, which needs a minor —, a scope within the kind's ceiling, and no pending or
 * active delegation of the same kind between the same users whose period overlaps.
 *
 * <p>Thread-safe.
 */
final class DelegationRules {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /**
     * A new delegation that passed the checks.
     *
     * @param delegator the represented user
     * @param delegate  who acts for them
     * @param from      the start
     * @param until     the end (cut at the 18th birthday for parental responsibility)
     * @param scope     the operations
     */
    record Checked(UserRecord delegator, UserRecord delegate, Instant from, Instant until, Set<Operation> scope) {
    }

    private DelegationRules() {
    }

    static Checked check(Tx tx, DelegationKind kind, UserId delegatorId, UserId delegateId, Instant validFrom,
                         Instant validUntil, Set<Operation> requestedScope) {
        if (delegatorId.equals(delegateId)) {
            throw SportelloException.invalidField(ErrorCode.DEL_SELF, "delegate", Map.of());
        }
        Set<Operation> scope = scope(kind, requestedScope);
        UserRecord delegator = UserRecords.require(tx, delegatorId);
        UserRecord delegate = UserRecords.require(tx, delegateId);
        checkParties(kind, delegator, delegate);
        Instant from = validFrom == null ? tx.now() : validFrom;
        Instant until = validUntil;
        if (kind == DelegationKind.PARENTAL_RESPONSIBILITY) {
            LocalDate coming = comingOfAge(delegator, tx.now());
            Instant adulthood = coming.atStartOfDay(ROME).toInstant();
            if (!tx.now().isBefore(adulthood)) {
                throw SportelloException.of(ErrorCode.DEL_NOT_A_MINOR, Map.of("limit", coming.toString()));
            }
            until = until.isAfter(adulthood) ? adulthood : until;
        }
        if (!until.isAfter(from) || !until.isAfter(tx.now())) {
            throw SportelloException.invalidField(ErrorCode.DEL_PERIOD_INVALID, "validUntil", Map.of());
        }
        Instant start = from;
        Instant end = until;
        tx.store(DelegationStore.class).between(delegator.id(), delegate.id()).stream()
                .filter(d -> d.kind() == kind && isLive(d, tx.now())
                        && d.validFrom().isBefore(end) && start.isBefore(d.validUntil()))
                .findFirst().ifPresent(d -> {
                    throw SportelloException.of(ErrorCode.DEL_DUPLICATE, Map.of("kind", d.kind().name(),
                            "delegationId", d.id().toString()));
                });
        return new Checked(delegator, delegate, from, until, scope);
    }

    /** The scope asked for, or the kind's default; every operation within the kind's ceiling. */
    private static Set<Operation> scope(DelegationKind kind, Set<Operation> requested) {
        if (requested == null) {
            return kind.defaultScope();
        }
        if (requested.isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.DEL_SCOPE_EMPTY, "scope", Map.of());
        }
        Optional<Operation> outside = requested.stream().filter(o -> !kind.covers(o)).sorted().findFirst();
        if (outside.isPresent()) {
            throw SportelloException.invalidField(ErrorCode.DEL_SCOPE_NOT_COVERED, "scope", Map.of("kind", kind.name(),
                    "operation", outside.get().name()));
        }
        return Set.copyOf(requested);
    }

    /** Pending and still acceptable, or active and not yet ended (the expiry task may not have run yet). */
    private static boolean isLive(DelegationRecord d, Instant now) {
        return d.status() == DelegationStatus.PENDING && now.isBefore(d.acceptBy())
                || d.status() == DelegationStatus.ACTIVE && now.isBefore(d.validUntil());
    }

    private static void checkParties(DelegationKind kind, UserRecord delegator, UserRecord delegate) {
        Set<UserKind> delegators = kind == DelegationKind.MANDATE
                ? EnumSet.of(UserKind.COMPANY, UserKind.CITIZEN) : EnumSet.of(UserKind.CITIZEN);
        UserKind expectedDelegate = kind == DelegationKind.MANDATE ? UserKind.INTERMEDIARY : UserKind.CITIZEN;
        if (!delegators.contains(delegator.kind()) || delegate.kind() != expectedDelegate
                || kind == DelegationKind.PARENTAL_RESPONSIBILITY && !(delegator.fiscalCode() instanceof TaxCode)) {
            throw SportelloException.of(ErrorCode.DEL_PARTIES_MISMATCH, Map.of("kind", kind.name(),
                    "expectedDelegator", delegators.toString(), "expectedDelegate", expectedDelegate.name()));
        }
    }

    /** The minor's 18th birthday, read from the tax code with {@code reference} deciding the century. */
    static LocalDate comingOfAge(UserRecord minor, Instant reference) {
        TaxCode code = (TaxCode) minor.fiscalCode();
        return code.birthDate(LocalDate.ofInstant(reference, ROME)).plusYears(18);
    }

    /** The instant parental responsibility for a minor ends at the latest: midnight of the 18th birthday in Rome. */
    static Instant adulthood(UserRecord minor, Instant reference) {
        return comingOfAge(minor, reference).atStartOfDay(ROME).toInstant();
    }
}
