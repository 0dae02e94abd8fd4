package dev.sportello.core.kernel;

import dev.sportello.AccessDeniedException;
import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.Violation;
import dev.sportello.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs every use-case call the same way: check the principal's assurance level, validate the command,
 * then in one transaction check the delegation the principal claims and do the work; write its audit
 * entries, events and outbox entries in the same transaction. Denials are audited in a transaction of
 * their own, so they are kept although the call fails.
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

    /**
     * Creates the kernel.
     *
     * @param unitOfWork the transaction port
     * @param clock      the SDK clock
     * @param ids        the id generator
     * @param guard      the assurance guard
     * @param validator  the command validator
     */
    public Kernel(UnitOfWork unitOfWork, Clock clock, Ids ids, AssuranceGuard guard, CommandValidator validator) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
        this.guard = guard;
        this.validator = validator;
    }

    /** The SDK clock. */
    public Clock clock() {
        return clock;
    }

    /** The id generator. */
    public Ids ids() {
        return ids;
    }

    /** The transaction port. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * Runs a use-case call.
     *
     * @param principal the acting principal
     * @param operation the guarded operation
     * @param command   the command or query arguments to validate, or null if there are none
     * @param work      the work, inside the transaction
     * @param <T>       the result type
     * @return the result
     */
    public <T> T execute(Principal principal, Operation operation, Object command, Function<Tx, T> work) {
        if (principal == null) {
            throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", operation.name()),
                    List.of(new Violation("principal", "NotNull", "must not be null")), null);
        }
        try {
            guard.check(principal, operation);
        } catch (AccessDeniedException e) {
            auditDenial(principal, operation, e);
            throw e;
        }
        if (command != null) {
            validator.validate(command, command.getClass().getSimpleName());
        }
        try {
            Tx[] done = new Tx[1];
            T result = unitOfWork.inTransaction(stores -> {
                Tx tx = new Tx(stores, principal, now(), ids);
                checkDelegation(tx);
                T value = work.apply(tx);
                tx.flush();
                done[0] = tx;
                return value;
            });
            if (done[0].failure() != null) {
                throw done[0].failure();
            }
            return result;
        } catch (AccessDeniedException e) {
            auditDenial(principal, operation, e);
            throw e;
        }
    }

    /**
     * The time of a transaction, to the microsecond: databases keep no finer times, so what a command
     * returns equals what a later read of the same object returns, on every storage.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
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
            Tx tx = new Tx(stores, SYSTEM, now(), ids);
            T value = work.apply(tx);
            tx.flush();
            return value;
        });
    }

    private static void checkDelegation(Tx tx) {
        Principal principal = tx.principal();
        UserId represented = principal.onBehalfOf();
        if (represented != null && tx.stores().delegations()
                .findValid(represented, (UserId) principal.actor(), tx.now()).isEmpty()) {
            throw SportelloException.of(ErrorCode.ACCESS_DELEGATION_MISSING, Map.of("represented", represented.toString(),
                    "objectType", "user", "objectId", represented.toString()));
        }
    }

    private void auditDenial(Principal principal, Operation operation, AccessDeniedException denial) {
        String objectType = denial.details().getOrDefault("objectType", "operation");
        String objectId = denial.details().getOrDefault("objectId", operation.name());
        AuditEntry entry = new AuditEntry(ids.nextText(), now(), principal.actor(), principal.onBehalfOf(),
                operation.name(), objectType, objectId, AuditEntry.Outcome.DENIED, denial.code());
        try {
            unitOfWork.inTransaction(stores -> {
                stores.audit().append(List.of(entry));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not audit a denial of {} on {} {}: {}", operation, objectType, objectId, e.toString());
        }
    }
}
