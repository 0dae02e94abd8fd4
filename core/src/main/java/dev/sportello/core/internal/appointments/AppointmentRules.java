package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.core.internal.kernel.ObjectAccess.Bound;
import dev.sportello.core.internal.kernel.ObjectAccess.Loaded;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess.Viewer;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Skill;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the appointments use cases share: who may touch an appointment (its user, an operator of its
 * office, a service), reading it for a change (access before the version), the operator serving it,
 * state rules, saving the next version, and errors that name their field.
 *
 * <p>Thread-safe.
 */
final class AppointmentRules {
    private final ObjectAccess access;

    AppointmentRules(ObjectAccess access) {
        this.access = access;
    }

    ObjectAccess access() {
        return access;
    }

    static Bound bound(AppointmentRecord r) {
        return new Bound(r.id(), r.owner(), r.office());
    }

    static AppointmentRecord load(Tx tx, AppointmentId id) {
        return tx.store(AppointmentStore.class).find(id).orElseThrow(() -> notFound(id));
    }

    private static SportelloException notFound(AppointmentId id) {
        return SportelloException.of(ErrorCode.APT_NOT_FOUND, Map.of("appointmentId", id.toString()));
    }

    Viewer authorize(Tx tx, Operation operation, AppointmentRecord r, Rule rule) {
        return access.require(tx.principal(), operation, bound(r), rule);
    }

    /** Reads an appointment for a change decided on {@code expectedVersion}: access first, then the version. */
    Loaded<AppointmentRecord> loadForChange(Tx tx, Operation operation, AppointmentId id, long expectedVersion, Rule rule) {
        return access.loadForChange(tx.store(AppointmentStore.class).find(id), () -> notFound(id), tx.principal(),
                operation, AppointmentRules::bound, rule, AppointmentRecord::version, expectedVersion);
    }

    /** The operator working an appointment: of its office, and with sign language if it needs it (R-APT-6). */
    OperatorId servingOperator(Tx tx, AppointmentRecord r) {
        OperatorId id = access.requireOperator(tx.principal(), Operation.APPOINTMENT_WORK).id();
        if (r.interpretation() == Interpretation.SIGN_LANGUAGE && !access.operator(id).skills().contains(Skill.SIGN_LANGUAGE)) {
            throw SportelloException.of(ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED, Map.of("appointmentId",
                    r.id().toString(), "objectType", r.id().auditType(), "objectId", r.id().auditId()));
        }
        return id;
    }

    /** Operators act under the operation of their work; users under their own. */
    static Operation operatorOr(Principal principal, Operation user) {
        return principal != null && principal.actor() instanceof OperatorId ? Operation.APPOINTMENT_WORK : user;
    }

    /** A waitlist entry of the principal's subject, read for a change. */
    static WaitlistRecord loadWaitlist(Tx tx, WaitlistEntryId id, long expectedVersion) {
        WaitlistRecord w = tx.store(AppointmentStore.class).findWaitlist(id).orElseThrow(() -> SportelloException.of(
                ErrorCode.APT_WAITLIST_NOT_FOUND, Map.of("entryId", id.toString())));
        if (!w.owner().equals(tx.principal().subjectUser())) {
            throw ObjectAccess.notOwner(id);
        }
        ObjectAccess.requireVersion(id, w.version(), expectedVersion);
        return w;
    }

    /** The next version of an appointment, changed by {@code changes}. */
    static AppointmentRecord save(Tx tx, AppointmentRecord r, AppointmentRecord.Builder changes) {
        AppointmentRecord changed = changes.updatedAt(tx.now()).version(r.version() + 1).build();
        tx.store(AppointmentStore.class).update(changed, r.version());
        return changed;
    }

    /** The next version of a waitlist entry, changed by {@code changes}. */
    static WaitlistRecord save(Tx tx, WaitlistRecord w, WaitlistRecord.Builder changes) {
        WaitlistRecord changed = changes.updatedAt(tx.now()).version(w.version() + 1).build();
        tx.store(AppointmentStore.class).updateWaitlist(changed, w.version());
        return changed;
    }

    static void requireStatus(AppointmentRecord r, String action, Set<AppointmentStatus> allowed) {
        if (!allowed.contains(r.status())) {
            throw SportelloException.of(ErrorCode.APT_ILLEGAL_TRANSITION, Map.of("action", action, "appointmentId",
                    r.id().toString(), "status", r.status().name()));
        }
    }

    static Set<AppointmentStatus> statuses(AppointmentStatus first, AppointmentStatus... others) {
        return EnumSet.of(first, others);
    }

    static SportelloException fail(ErrorCode code, String field, Map<String, String> params) {
        if (code.category() == ErrorCategory.INVALID_INPUT) {
            return SportelloException.invalidField(code, field, params);
        }
        Map<String, String> details = new LinkedHashMap<>(params);
        details.put("field", field);
        return SportelloException.of(code, details);
    }
}
