package dev.sportello.core.internal.fragile;

import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.ObjectAccess.Bound;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess.Viewer;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may touch what in the fragile-users channel. The <em>channel staff</em> of a user are the operators of
 * the user's competent office, in any role, with the skill {@link Skill#FRAGILE_CHANNEL} (and every other skill
 * the work needs: sign language for a deaf user's callback); services pass when the operation lets them (the
 * kernel has checked the integrator granted it); the user, or whoever acts for them under a delegation that
 * covers the operation, passes where the operation lets the owner. The check comes before any version check;
 * every denial is an {@link dev.sportello.AccessDeniedException} that the kernel audits.
 *
 * <p>Thread-safe.
 */
final class ChannelStaff {
    private static final Set<OperatorRole> ANY_ROLE = EnumSet.allOf(OperatorRole.class);

    private final ObjectAccess access;

    ChannelStaff(ObjectAccess access) {
        this.access = access;
    }

    /** Who may act on a user's channel data. */
    enum Who {
        /** The user (or a delegate), the staff, a service. */
        OWNER_STAFF_SERVICE(true, true),
        /** The staff, a service. */
        STAFF_SERVICE(false, true),
        /** The staff only. */
        STAFF(false, false);

        private final boolean owner;
        private final boolean service;

        Who(boolean owner, boolean service) {
            this.owner = owner;
            this.service = service;
        }
    }

    /**
     * Fails unless the principal may act on an object of a user handled by an office.
     *
     * @param principal the principal
     * @param operation the operation
     * @param subject   the object, for the audit of a denial
     * @param owner     the user it belongs to
     * @param office    the user's competent office (or the callback's office)
     * @param who       who the operation lets through
     * @param skills    the skills an operator needs besides {@link Skill#FRAGILE_CHANNEL}
     * @return who the principal is to the object
     */
    Viewer require(Principal principal, Operation operation, AuditSubject subject, UserId owner, OfficeCode office,
                   Who who, Set<Skill> skills) {
        Viewer viewer = access.require(principal, operation, new Bound(subject, owner, office),
                new Rule(who.owner, ANY_ROLE, who.service));
        if (viewer == Viewer.OPERATOR) {
            requireSkills(access.operator((OperatorId) principal.actor()), skills, subject);
        }
        return viewer;
    }

    /**
     * Fails unless the principal is an operator of the office with the channel's skill: the queue of callbacks.
     *
     * @param principal the principal
     * @param operation the operation
     * @param office    the office
     * @return the operator
     */
    Operator requireOperatorOf(Principal principal, Operation operation, OfficeCode office) {
        Operator operator = access.requireOperator(principal, operation);
        access.require(principal, operation, new Bound(office, null, office), Rule.OFFICE);
        requireSkills(operator, Set.of(), office);
        return operator;
    }

    /**
     * Fails unless the principal is a service or an operator with the channel's skill, before any object is read:
     * for a look-up whose very answer is personal (whether a tax code is enrolled says its holder is fragile).
     *
     * @param principal the principal
     * @param operation the operation, also the subject of a denial's audit entry
     */
    void requireStaffOrService(Principal principal, Operation operation) {
        if (principal.actor() instanceof dev.sportello.ServiceId) {
            return;
        }
        requireSkills(access.requireOperator(principal, operation), Set.of(), operation);
    }

    private static void requireSkills(Operator operator, Set<Skill> skills, AuditSubject subject) {
        java.util.List<Skill> needed = new java.util.ArrayList<>(java.util.List.of(Skill.FRAGILE_CHANNEL));
        skills.stream().filter(s -> s != Skill.FRAGILE_CHANNEL).sorted().forEach(needed::add);
        for (Skill skill : needed) {
            if (!operator.skills().contains(skill)) {
                throw SportelloException.of(ErrorCode.FRG_SKILL_REQUIRED, Map.of("skill", skill.name(),
                        "operatorId", operator.id().toString(), "objectType", subject.auditType(),
                        "objectId", subject.auditId()));
            }
        }
    }
}
