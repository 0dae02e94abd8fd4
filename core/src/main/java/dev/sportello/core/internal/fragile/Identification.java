package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.internal.fragile.ChannelStaff.Who;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.fragile.CallerIdentified;
import dev.sportello.fragile.FragileEvents;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.offices.Office;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identifying a caller of the fragile-users line by tax code and personal code (R-USR-5). Every attempt is
 * audited, whatever its outcome — identified, wrong code, locked, revoked, no such enrolment — with ids only:
 * the tax code and the code never reach an audit entry, an event or a log line. A wrong code is counted in the
 * same committed transaction as its audit entry, so a failing call still uses the attempt up; the attempt that
 * reaches {@code codeAttempts()} locks identification until the code is reissued, and while locked even the
 * right code is refused. A right code clears the count. Only a service or an operator with the channel's skill may
 * look a tax code up at all (whether it is enrolled says its holder is fragile); the operator must then be of the
 * caller's competent office. Both checks come before the code is looked at, so a denied operator spends no attempt.
 *
 * <p>Thread-safe.
 */
final class Identification {
    private final Kernel kernel;
    private final ChannelStaff staff;
    private final OfficeService offices;
    private final FragileUserSettings settings;

    Identification(Kernel kernel, ChannelStaff staff, OfficeService offices, FragileUserSettings settings) {
        this.kernel = kernel;
        this.staff = staff;
        this.offices = offices;
        this.settings = settings;
    }

    CallerIdentified identify(Principal principal, IdentifyCaller command) {
        return kernel.executeSpendingAnAttempt(principal, Operation.FRAGILE_PHONE_LINE, command, tx -> {
            staff.requireStaffOrService(principal, Operation.FRAGILE_PHONE_LINE);
            Optional<UserRecord> user = tx.store(UserStore.class).findByFiscalCode(command.taxCode());
            Optional<EnrolmentRecord> found = user.flatMap(u -> tx.store(FragileStore.class).findEnrolment(u.id()));
            if (found.isEmpty()) {
                tx.audit("FRAGILE_IDENTIFY_NOT_ENROLLED", Operation.FRAGILE_PHONE_LINE);
                tx.failAfterCommit(SportelloException.of(ErrorCode.FRG_NOT_ENROLLED, Map.of()));
                return null;
            }
            EnrolmentRecord enrolment = found.get();
            Office office = offices.requireFor(user.get().municipality());
            staff.require(principal, Operation.FRAGILE_PHONE_LINE, enrolment.user(), enrolment.user(), office.code(),
                    Who.STAFF_SERVICE, Set.of());
            if (enrolment.codeStatus() != PersonalCodeStatus.ACTIVE) {
                boolean locked = enrolment.codeStatus() == PersonalCodeStatus.LOCKED;
                tx.audit(locked ? "FRAGILE_IDENTIFY_LOCKED" : "FRAGILE_IDENTIFY_REVOKED", enrolment.user());
                tx.failAfterCommit(SportelloException.of(locked ? ErrorCode.FRG_CODE_LOCKED : ErrorCode.FRG_CODE_REVOKED,
                        Map.of("userId", enrolment.user().toString())));
                return null;
            }
            if (!PersonalCodes.matches(command.personalCode(), enrolment.codeHash())) {
                wrongCode(tx, enrolment);
                return null;
            }
            if (enrolment.failedAttempts() > 0) {
                Enrolments.save(tx, enrolment, enrolment.toBuilder().failedAttempts(0));
            }
            tx.audit("FRAGILE_CALLER_IDENTIFIED", enrolment.user());
            return new CallerIdentified(enrolment.user(), user.get().name(), office.code(), enrolment.grounds());
        });
    }

    private void wrongCode(Tx tx, EnrolmentRecord enrolment) {
        int failed = enrolment.failedAttempts() + 1;
        boolean locks = failed >= settings.codeAttempts();
        Enrolments.save(tx, enrolment, enrolment.toBuilder().failedAttempts(failed)
                .codeStatus(locks ? PersonalCodeStatus.LOCKED : PersonalCodeStatus.ACTIVE));
        tx.audit("FRAGILE_IDENTIFY_CODE_WRONG", enrolment.user());
        if (locks) {
            tx.audit("FRAGILE_CODE_LOCKED", enrolment.user());
            tx.event(FragileEvents.CODE_LOCKED, enrolment.user(), Map.of());
            tx.failAfterCommit(SportelloException.of(ErrorCode.FRG_CODE_LOCKED, Map.of("userId",
                    enrolment.user().toString())));
        } else {
            tx.failAfterCommit(SportelloException.of(ErrorCode.FRG_CODE_WRONG, Map.of("attemptsLeft",
                    Integer.toString(settings.codeAttempts() - failed))));
        }
    }
}
