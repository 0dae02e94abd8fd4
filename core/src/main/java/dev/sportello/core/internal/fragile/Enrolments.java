package dev.sportello.core.internal.fragile;

import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.internal.fragile.ChannelStaff.Who;
import dev.sportello.core.internal.fragile.FragileRecords.Enrolled;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.core.internal.users.UserService;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.FragileEvents;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.ReissuePersonalCode;
import dev.sportello.fragile.RevokePersonalCode;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.offices.Office;
import dev.sportello.users.FragileGround;
import dev.sportello.users.spi.UserRecord;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enrolment in the fragile-users channel (R-USR-5) and the life of the personal code. Only an eligible user is
 * enrolled — the grounds come from the institution's register and the age in the tax code, as
 * {@code Users.fragileEligibility} computes them — else {@code FRG_NOT_ELIGIBLE} and nothing is stored.
 * Enrolling issues a personal code and queues its letter in the same transaction; the letter is posted after
 * commit. Reissuing replaces the code's hash (the old code stops working at once), ends a lock, and cancels the
 * previous letter if it is still queued; revoking leaves no working code. Each step is audited; events carry no
 * grounds (health data).
 *
 * <p>Thread-safe.
 */
final class Enrolments {
    private final Kernel kernel;
    private final ChannelStaff staff;
    private final OfficeService offices;
    private final UserService users;
    private final PersonalCodes codes;
    private final LetterPost letters;
    private final LetterTexts texts;
    private final FragileUserSettings settings;

    Enrolments(Kernel kernel, ChannelStaff staff, OfficeService offices, UserService users, PersonalCodes codes,
               LetterPost letters, LetterTexts texts, FragileUserSettings settings) {
        this.kernel = kernel;
        this.staff = staff;
        this.offices = offices;
        this.users = users;
        this.codes = codes;
        this.letters = letters;
        this.texts = texts;
        this.settings = settings;
    }

    Enrolment enrol(Principal principal, EnrolFragileUser command) {
        return kernel.execute(principal, Operation.FRAGILE_ENROL, command, tx -> {
            UserRecord user = UserRecords.require(tx, command.user());
            Office office = offices.requireFor(user.municipality());
            staff.require(principal, Operation.FRAGILE_ENROL, user.id(), user.id(), office.code(), Who.STAFF_SERVICE,
                    Set.of());
            texts.requireContacts();
            FragileStore store = tx.store(FragileStore.class);
            if (store.findEnrolment(user.id()).isPresent()) {
                throw alreadyEnrolled(user.id());
            }
            Set<FragileGround> grounds = users.fragileGrounds(tx, user);
            if (grounds.isEmpty()) {
                throw SportelloException.of(ErrorCode.FRG_NOT_ELIGIBLE, Map.of("userId", user.id().toString()));
            }
            String code = codes.next();
            LetterRecord letter = letters.queue(tx, user.id(), LetterPurpose.PERSONAL_CODE, null, code);
            EnrolmentRecord enrolment = EnrolmentRecord.builder().user(user.id()).office(office.code()).grounds(grounds)
                    .residence(command.residence()).codeHash(codes.hash(code)).codeStatus(PersonalCodeStatus.ACTIVE)
                    .failedAttempts(0).codeIssuedAt(tx.now()).codeLetter(letter.id()).enrolledAt(tx.now())
                    .enrolledBy(principal.actor()).version(0).build();
            try {
                store.insertEnrolment(enrolment);
            } catch (ConflictException raced) {
                throw alreadyEnrolled(user.id());
            }
            tx.audit("FRAGILE_ENROLLED", user.id());
            tx.event(FragileEvents.ENROLLED, user.id(), Map.of("office", office.code().value()));
            return FragileRecords.view(enrolment, settings.codeAttempts());
        });
    }

    Enrolment reissue(Principal principal, ReissuePersonalCode command) {
        return kernel.execute(principal, Operation.FRAGILE_ENROL, command, tx -> {
            Enrolled enrolled = forChange(tx, principal, command.user(), command.expectedVersion());
            texts.requireContacts();
            EnrolmentRecord before = enrolled.enrolment();
            letters.cancelQueued(tx, before.codeLetter());
            String code = codes.next();
            LetterRecord letter = letters.queue(tx, before.user(), LetterPurpose.PERSONAL_CODE, null, code);
            EnrolmentRecord after = save(tx, before, before.toBuilder().codeHash(codes.hash(code))
                    .codeStatus(PersonalCodeStatus.ACTIVE).failedAttempts(0).codeIssuedAt(tx.now()).codeLetter(letter.id()));
            tx.audit("FRAGILE_CODE_REISSUED", before.user());
            tx.event(FragileEvents.CODE_REISSUED, before.user(), Map.of());
            return FragileRecords.view(after, settings.codeAttempts());
        });
    }

    Enrolment revoke(Principal principal, RevokePersonalCode command) {
        return kernel.execute(principal, Operation.FRAGILE_ENROL, command, tx -> {
            Enrolled enrolled = forChange(tx, principal, command.user(), command.expectedVersion());
            EnrolmentRecord before = enrolled.enrolment();
            if (before.codeStatus() == PersonalCodeStatus.REVOKED) {
                throw SportelloException.of(ErrorCode.FRG_CODE_REVOKED, Map.of("userId", before.user().toString()));
            }
            letters.cancelQueued(tx, before.codeLetter());
            EnrolmentRecord after = save(tx, before, before.toBuilder().codeStatus(PersonalCodeStatus.REVOKED));
            tx.audit("FRAGILE_CODE_REVOKED", before.user());
            tx.event(FragileEvents.CODE_REVOKED, before.user(), Map.of());
            return FragileRecords.view(after, settings.codeAttempts());
        });
    }

    Optional<Enrolment> read(Principal principal, UserId user) {
        Checks.notNull(user, "enrolment", "user");
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL, tx -> {
            UserRecord record = UserRecords.require(tx, user);
            staff.require(principal, Operation.FRAGILE_CHANNEL, user, user,
                    offices.requireFor(record.municipality()).code(), Who.OWNER_STAFF_SERVICE, Set.of());
            return tx.store(FragileStore.class).findEnrolment(user).map(r -> FragileRecords.view(r, settings.codeAttempts()));
        });
    }

    /** Not found, then access, then the version: a stranger with a stale version is denied, not told. */
    private Enrolled forChange(Tx tx, Principal principal, UserId user, long expectedVersion) {
        Enrolled enrolled = FragileRecords.require(tx, offices, user, (u, office) -> staff.require(principal,
                Operation.FRAGILE_ENROL, user, user, office.code(), Who.STAFF_SERVICE, Set.of()));
        ObjectAccess.requireVersion(user, enrolled.enrolment().version(), expectedVersion);
        return enrolled;
    }

    static EnrolmentRecord save(Tx tx, EnrolmentRecord before, EnrolmentRecord.Builder after) {
        EnrolmentRecord next = after.version(before.version() + 1).build();
        tx.store(FragileStore.class).updateEnrolment(next, before.version());
        return next;
    }

    private static SportelloException alreadyEnrolled(UserId user) {
        return SportelloException.of(ErrorCode.FRG_ALREADY_ENROLLED, Map.of("userId", user.toString()));
    }
}
