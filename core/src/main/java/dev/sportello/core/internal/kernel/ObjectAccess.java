package dev.sportello.core.internal.kernel;

import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.spi.OfficeDirectory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Who may touch an object, decided the same way in every area. An office-bound object (a request, an
 * appointment, a user's profile) has an owner and an office; a principal may touch it as its owner (or
 * whoever acts for the owner: the kernel has already checked that their delegation covers the
 * operation), as an operator of that office with one of the roles the operation needs, or as a service.
 * The check always comes before the version check, and every denial is an
 * {@link dev.sportello.AccessDeniedException} that the kernel audits.
 *
 * <p>Thread-safe.
 */
public final class ObjectAccess {
    /** Who is touching an object. */
    public enum Viewer {
        /** Its owner, or a delegate of the owner. */
        OWNER,
        /** An operator of its office. */
        OPERATOR,
        /** A back-end service of the integrator. */
        SERVICE
    }

    /**
     * An object that belongs to a user and is handled by an office.
     *
     * @param subject the object, for the audit of a denial
     * @param owner   its owner
     * @param office  the office that handles it
     */
    public record Bound(AuditSubject subject, UserId owner, OfficeCode office) {
    }

    /**
     * Which principals an operation lets through.
     *
     * @param owner     whether the owner may
     * @param roles     the operator roles that may (any of them); empty for no operator
     * @param service   whether a service may
     */
    public record Rule(boolean owner, Set<OperatorRole> roles, boolean service) {
        /** Anyone concerned: the owner, any operator of the office, a service. */
        public static final Rule ANYONE = new Rule(true, EnumSet.allOf(OperatorRole.class), true);
        /** The owner only. */
        public static final Rule OWNER = new Rule(true, Set.of(), false);
        /** Operators of the office, in any role. */
        public static final Rule OFFICE = new Rule(false, EnumSet.allOf(OperatorRole.class), false);

        /** Copies the roles. */
        public Rule {
            roles = Set.copyOf(roles);
        }

        /**
         * Operators of the office with one of the roles.
         *
         * @param first  a role
         * @param others more roles
         * @return the rule
         */
        public static Rule operators(OperatorRole first, OperatorRole... others) {
            return new Rule(false, EnumSet.of(first, others), false);
        }

        /** The same rule, letting the owner through too. */
        public Rule orOwner() {
            return new Rule(true, roles, service);
        }

        /** The same rule, letting services through too. */
        public Rule orService() {
            return new Rule(owner, roles, true);
        }
    }

    /**
     * An object read for a change, with who is changing it.
     *
     * @param record the object as read
     * @param viewer who is changing it
     * @param <R>    the object's type
     */
    public record Loaded<R>(R record, Viewer viewer) {
    }

    private final OfficeDirectory directory;

    /**
     * Creates the checks.
     *
     * @param directory the office directory (operators and their offices)
     */
    public ObjectAccess(OfficeDirectory directory) {
        this.directory = directory;
    }

    /**
     * Fails unless the principal may touch the object for the operation.
     *
     * @param principal the principal
     * @param operation the operation
     * @param object    the object
     * @param rule      who the operation lets through
     * @return who the principal is to the object
     */
    public Viewer require(Principal principal, Operation operation, Bound object, Rule rule) {
        if (principal.actor() instanceof ServiceId) {
            if (!rule.service()) {
                throw roleRequired(operation, "the owner or an operator of the office", object.subject());
            }
            return Viewer.SERVICE;
        }
        if (principal.actor() instanceof OperatorId id) {
            if (rule.roles().isEmpty()) {
                throw rule.owner() ? notOwner(object.subject()) : roleRequired(operation, "a service", object.subject());
            }
            Operator operator = operator(id);
            if (!operator.office().equals(object.office())) {
                throw wrongOffice(id, object.office(), object.subject());
            }
            if (rule.roles().stream().noneMatch(operator::has)) {
                throw roleRequired(operation, "the role " + rule.roles().stream().map(Enum::name).sorted().toList(),
                        object.subject());
            }
            return Viewer.OPERATOR;
        }
        if (rule.owner() && object.owner().equals(principal.subjectUser())) {
            return Viewer.OWNER;
        }
        throw rule.owner() ? notOwner(object.subject()) : roleRequired(operation, "an operator of the office", object.subject());
    }

    /**
     * Fails unless the principal is the user (or acts for them), or a service when {@code service} is true:
     * for what belongs to a user and no office (the inbox, messages, consents).
     *
     * @param principal the principal
     * @param operation the operation
     * @param owner     the user it belongs to
     * @param subject   what is read or changed, for the audit of a denial
     * @param service   whether a service may
     * @return who the principal is to it
     */
    public Viewer requireOwner(Principal principal, Operation operation, UserId owner, AuditSubject subject,
                               boolean service) {
        return require(principal, operation, new Bound(subject, owner, null), new Rule(true, Set.of(), service));
    }

    /**
     * Reads an object for a change decided on {@code expectedVersion}: not found, then access (audited
     * when denied), then the version — so a stranger holding a stale version is denied, not told of a
     * conflict.
     *
     * @param found           the object, if it exists
     * @param notFound        the error when it does not
     * @param principal       the principal
     * @param operation       the operation
     * @param bound           the object's owner and office
     * @param rule            who the operation lets through
     * @param version         the object's version
     * @param expectedVersion the version the caller read
     * @param <R>             the object's type
     * @return the object and who is changing it
     */
    public <R> Loaded<R> loadForChange(Optional<R> found, Supplier<SportelloException> notFound, Principal principal,
                                       Operation operation, Function<R, Bound> bound, Rule rule, ToLongFunction<R> version,
                                       long expectedVersion) {
        R record = found.orElseThrow(notFound);
        Bound object = bound.apply(record);
        Viewer viewer = require(principal, operation, object, rule);
        requireVersion(object.subject(), version.applyAsLong(record), expectedVersion);
        return new Loaded<>(record, viewer);
    }

    /**
     * Fails with {@code CONCURRENT_MODIFICATION} unless the versions match.
     *
     * @param subject  the object
     * @param actual   its stored version
     * @param expected the version the caller read
     */
    public static void requireVersion(AuditSubject subject, long actual, long expected) {
        if (actual != expected) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", subject.auditType(),
                    "objectId", subject.auditId(), "expectedVersion", Long.toString(expected)));
        }
    }

    /**
     * The user the call is about; fails unless the principal is a user (or acts for one).
     *
     * @param principal the principal
     * @param operation the operation, for the message
     * @return the represented user, or the actor
     */
    public static UserId requireUser(Principal principal, Operation operation) {
        UserId user = principal.subjectUser();
        if (user == null) {
            throw roleRequired(operation, "a user principal", null);
        }
        return user;
    }

    /**
     * Fails unless the principal is a service.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     */
    public static void requireService(Principal principal, Operation operation) {
        if (!(principal.actor() instanceof ServiceId)) {
            throw roleRequired(operation, "a service principal", null);
        }
    }

    /**
     * The operator acting, with their roles; fails unless the principal is a known operator.
     *
     * @param principal the principal
     * @param operation the operation, for the message
     * @return the operator
     */
    public Operator requireOperator(Principal principal, Operation operation) {
        if (!(principal.actor() instanceof OperatorId id)) {
            throw roleRequired(operation, "an operator principal", null);
        }
        return operator(id);
    }

    /**
     * Fails unless the principal is a service or an operator of the office with one of the roles.
     *
     * @param principal the principal
     * @param operation the operation
     * @param office    the office whose data is read or changed
     * @param roles     the roles that may; empty for any
     */
    public void requireOfficeStaff(Principal principal, Operation operation, OfficeCode office, OperatorRole... roles) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        Operator operator = requireOperator(principal, operation);
        if (!operator.office().equals(office)) {
            throw wrongOffice(operator.id(), office, office);
        }
        if (roles.length > 0 && Set.of(roles).stream().noneMatch(operator::has)) {
            throw roleRequired(operation, "the role " + Set.of(roles).stream().map(Enum::name).sorted().toList(), office);
        }
    }

    /**
     * Fails unless the principal is a service or a supervisor: the administration of the SDK (dead
     * letters, audit trail, engagement figures).
     *
     * @param principal the principal
     * @param operation the operation, for the message
     */
    public void requireAdministrator(Principal principal, Operation operation) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        if (principal.actor() instanceof OperatorId id && operator(id).has(OperatorRole.SUPERVISOR)) {
            return;
        }
        throw roleRequired(operation, "a service principal or a supervisor", null);
    }

    /**
     * An operator from the directory.
     *
     * @param id the operator
     * @return the operator
     * @throws dev.sportello.NotFoundException with {@code OFF_OPERATOR_UNKNOWN}
     */
    public Operator operator(OperatorId id) {
        return directory.operator(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.OFF_OPERATOR_UNKNOWN, Map.of("operatorId", id.toString())));
    }

    /**
     * The error for a principal that may not touch an object.
     *
     * @param subject the object
     * @return the error
     */
    public static SportelloException notOwner(AuditSubject subject) {
        return SportelloException.of(ErrorCode.ACCESS_NOT_OWNER,
                Map.of("objectType", subject.auditType(), "objectId", subject.auditId()));
    }

    private static SportelloException wrongOffice(OperatorId operator, OfficeCode office, AuditSubject subject) {
        return SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", operator.toString(),
                "office", office.value(), "objectType", subject.auditType(), "objectId", subject.auditId()));
    }

    /**
     * The error for a principal of the wrong kind or role.
     *
     * @param operation the operation
     * @param required  what it requires
     * @param subject   the object, or null
     * @return the error
     */
    public static SportelloException roleRequired(Operation operation, String required, AuditSubject subject) {
        return subject == null
                ? SportelloException.of(ErrorCode.ACCESS_ROLE_REQUIRED, Map.of("operation", operation.name(),
                        "required", required))
                : SportelloException.of(ErrorCode.ACCESS_ROLE_REQUIRED, Map.of("operation", operation.name(),
                        "required", required, "objectType", subject.auditType(), "objectId", subject.auditId()));
    }
}
