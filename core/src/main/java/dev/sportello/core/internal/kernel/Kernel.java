package dev.sportello.core.internal.kernel;

import dev.sportello.AccessDeniedException;
import dev.sportello.AuditEntry;
import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.Violation;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs every use-case call the same way: check the principal's assurance level for the operation,
 * validate the command, then in one transaction check that a delegation the principal claims covers the
 * operation, do the work, and flush its appends (audit entries, events, messages, outbox entries) in the
 * same transaction. Denials are audited in a transaction of their own, so they are kept although the call
 * fails. The work may be run again by the storage: it must have no effect outside the stores.
 *
 * <p>Thread-safe.
 */
public final class Kernel {
    private static final Logger LOG = LoggerFactory.getLogger(Kernel.class);
    /** The principal of the SDK's own background work (dispatcher tasks). */
    public static final Principal SYSTEM = Principal.service("sportello");

    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Ids ids;
    private final AssuranceGuard guard;
    private final CommandValidator validator;
    private final Tasks tasks;
    private final Hooks hooks;
    private final Observer observer;

    /**
     * Creates the kernel.
     *
     * @param unitOfWork the transaction port
     * @param clock      the SDK clock
     * @param ids        the id generator
     * @param guard      the assurance guard
     * @param validator  the command validator
     * @param tasks      the registered tasks
     * @param hooks      the registered in-transaction hooks
     * @param observer   the host's instrumentation
     */
    public Kernel(UnitOfWork unitOfWork, Clock clock, Ids ids, AssuranceGuard guard, CommandValidator validator,
                  Tasks tasks, Hooks hooks, Observer observer) {
        this.observer = observer;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
        this.guard = guard;
        this.validator = validator;
        this.tasks = tasks;
        this.hooks = hooks;
    }

    /** The SDK clock. */
    public Clock clock() {
        return clock;
    }

    /** The id generator. */
    public Ids ids() {
        return ids;
    }

    /** The assurance guard. */
    public AssuranceGuard guard() {
        return guard;
    }

    /** The registered tasks. */
    public Tasks tasks() {
        return tasks;
    }

    /** The registered hooks. */
    public Hooks hooks() {
        return hooks;
    }

    /**
     * Runs a use-case call that takes a command or query object.
     *
     * @param principal the acting principal
     * @param operation the guarded operation
     * @param command   the command or query arguments to validate; null is refused with
     *                  {@code VALIDATION_FAILED} on the field {@code command}
     * @param work      the work, inside the transaction
     * @param <T>       the result type
     * @return the result
     */
    public <T> T execute(Principal principal, Operation operation, Object command, Function<Tx, T> work) {
        return observer.command(operation, () -> {
            admit(principal, operation);
            if (command == null) {
                throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", operation.name()),
                        List.of(new Violation("command", "NotNull", "must not be null")), null);
            }
            validator.validate(command, command.getClass().getSimpleName());
            return run(principal, operation, work);
        });
    }

    /**
     * Runs a use-case call without a command object (its arguments are checked by the caller).
     *
     * @param principal the acting principal
     * @param operation the guarded operation
     * @param work      the work, inside the transaction
     * @param <T>       the result type
     * @return the result
     */
    public <T> T execute(Principal principal, Operation operation, Function<Tx, T> work) {
        return observer.command(operation, () -> {
            admit(principal, operation);
            return run(principal, operation, work);
        });
    }

    /**
     * Runs a use-case call that spends an attempt (a verification or admission code), refused inside a
     * transaction of the host: the host's rollback would give the attempt back and so buy another guess.
     *
     * @param principal the acting principal
     * @param operation the guarded operation
     * @param command   the command to validate
     * @param work      the work, inside the transaction
     * @param <T>       the result type
     * @return the result
     * @throws dev.sportello.RuleViolationException with {@code HOST_TRANSACTION_NOT_ALLOWED} inside a host's
     *                                              transaction
     */
    public <T> T executeSpendingAnAttempt(Principal principal, Operation operation, Object command, Function<Tx, T> work) {
        if (unitOfWork.insideHostTransaction()) {
            throw SportelloException.of(ErrorCode.HOST_TRANSACTION_NOT_ALLOWED, Map.of("operation", operation.name()));
        }
        return execute(principal, operation, command, work);
    }

    /** The host's instrumentation, safe to call. */
    public Observer observer() {
        return observer;
    }

    /** The principal is present and strong enough for the operation; a denial is audited. */
    private void admit(Principal principal, Operation operation) {
        if (principal == null) {
            throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", operation.name()),
                    List.of(new Violation("principal", "NotNull", "must not be null")), null);
        }
        try {
            guard.check(principal, operation);
        } catch (AccessDeniedException e) {
            auditDenial(principal, null, operation, e);
            throw e;
        }
    }

    private <T> T run(Principal principal, Operation operation, Function<Tx, T> work) {
        Tx[] last = new Tx[1];
        try {
            T result = unitOfWork.inTransaction(stores -> {
                Tx tx = new Tx(stores, principal, now(), ids, tasks);
                last[0] = tx;
                tx.actingThrough(checkDelegation(tx, operation));
                T value = work.apply(tx);
                tx.flush();
                return value;
            });
            if (last[0].failure() != null) {
                throw last[0].failure();
            }
            LOG.trace("{} by {} committed", operation, principal.actor().asText());
            return result;
        } catch (AccessDeniedException e) {
            LOG.debug("{} by {} denied: {}", operation, principal.actor().asText(), e.code());
            auditDenial(principal, last[0] == null ? null : last[0].delegation(), operation, e);
            throw e;
        }
    }

    /**
     * Runs the SDK's own background work (no assurance check, no command) as {@link #SYSTEM}.
     *
     * @param work the work
     * @param <T>  the result type
     * @return the result
     */
    public <T> T system(Function<Tx, T> work) {
        return unitOfWork.inTransaction(stores -> {
            Tx tx = new Tx(stores, SYSTEM, now(), ids, tasks);
            T value = work.apply(tx);
            tx.flush();
            return value;
        });
    }

    /**
     * The time of a transaction, to the microsecond: databases keep no finer times, so what a command
     * returns equals what a later read of the same object returns, on every storage.
     *
     * @return the instant
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Acting for someone needs an active delegation, valid now, whose scope holds the operation (within
     * what its kind may cover, R-DEL-1…3); the one used is recorded with every audit entry of the command
     * (R-DEL-5). The store's answer is filtered again, so that an adapter that predates the lifecycle cannot
     * let a pending or ended delegation through.
     */
    private static DelegationId checkDelegation(Tx tx, Operation operation) {
        Principal principal = tx.principal();
        UserId represented = principal.onBehalfOf();
        if (represented == null) {
            return null;
        }
        List<DelegationRecord> valid = tx.store(DelegationStore.class)
                .findValid(represented, (UserId) principal.actor(), tx.now()).stream()
                .filter(d -> d.status() == DelegationStatus.ACTIVE && !tx.now().isBefore(d.validFrom())
                        && tx.now().isBefore(d.validUntil()))
                .toList();
        Map<String, String> details = Map.of("represented", represented.toString(), "operation", operation.name(),
                "objectType", represented.auditType(), "objectId", represented.auditId());
        if (valid.isEmpty()) {
            throw SportelloException.of(ErrorCode.ACCESS_DELEGATION_MISSING, details);
        }
        Optional<DelegationRecord> covering = valid.stream()
                .filter(d -> d.scope().contains(operation) && d.kind().covers(operation)).findFirst();
        if (covering.isEmpty()) {
            tx.actingThrough(valid.get(0).id());
            throw SportelloException.of(ErrorCode.ACCESS_DELEGATION_SCOPE, details);
        }
        return covering.get().id();
    }

    private void auditDenial(Principal principal, DelegationId delegation, Operation operation, AccessDeniedException denial) {
        String objectType = denial.details().getOrDefault("objectType", "operation");
        String objectId = denial.details().getOrDefault("objectId", operation.name());
        AuditEntry entry = AuditEntry.builder().id(ids.nextText()).at(now()).actor(principal.actor())
                .onBehalfOf(principal.onBehalfOf()).delegation(delegation).action(operation.name()).objectType(objectType)
                .objectId(objectId).outcome(AuditEntry.Outcome.DENIED).errorCode(denial.code()).build();
        try {
            unitOfWork.inTransactionOutlivingTheHost(stores -> {   // a host's rollback does not take it away
                AuditStore audit = stores.get(AuditStore.class);
                audit.appendAll(AuditChains.chain(audit, List.of(entry)));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not audit a denial of {} on {} {}: {}", operation, objectType, objectId, LogSafe.describe(e));
        }
    }
}
