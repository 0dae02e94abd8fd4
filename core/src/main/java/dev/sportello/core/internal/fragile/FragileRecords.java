package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.spi.CallbackRecord;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.offices.Office;
import dev.sportello.users.spi.UserRecord;

import java.util.Map;

/**
 * Reading the channel's records and turning them into their views; shared by the channel's services.
 *
 * <p>Thread-safe: stateless.
 */
final class FragileRecords {
    private FragileRecords() {
    }

    /**
     * An enrolled user with their enrolment and their competent office (now: where they live decides it).
     *
     * @param user      the user
     * @param enrolment the enrolment
     * @param office    the competent office
     */
    record Enrolled(UserRecord user, EnrolmentRecord enrolment, Office office) {
    }

    /**
     * An enrolled user, after the access check: the user is read, the principal checked against their competent
     * office, and only then is the enrolment looked for — so that whoever may not see the user's channel data
     * cannot learn whether they are enrolled (which would say they are fragile).
     *
     * @param tx      the transaction
     * @param offices the offices
     * @param id      the user
     * @param access  the access check, given the user and their competent office
     * @return the user, their enrolment, their office
     * @throws dev.sportello.NotFoundException with {@code USR_NOT_FOUND} or {@code FRG_NOT_ENROLLED}
     */
    static Enrolled require(Tx tx, OfficeService offices, UserId id, java.util.function.BiConsumer<UserRecord, Office> access) {
        UserRecord user = UserRecords.require(tx, id);
        Office office = offices.requireFor(user.municipality());
        access.accept(user, office);
        EnrolmentRecord enrolment = tx.store(FragileStore.class).findEnrolment(id).orElseThrow(() -> notEnrolled(id));
        return new Enrolled(user, enrolment, office);
    }

    static SportelloException notEnrolled(UserId id) {
        return SportelloException.of(ErrorCode.FRG_NOT_ENROLLED, Map.of("userId", id.toString()));
    }

    static Enrolment view(EnrolmentRecord r, int attempts) {
        return new Enrolment(r.user(), r.office(), r.grounds(), r.residence(), r.codeStatus(),
                Math.max(0, attempts - r.failedAttempts()), r.codeIssuedAt(), r.codeLetter(), r.enrolledAt(), r.enrolledBy(),
                r.version());
    }

    static Letter view(LetterRecord r) {
        return new Letter(r.id(), r.user(), r.purpose(), r.documentKind(), r.documentYear(), r.status(), r.reference(),
                r.refusal(), r.requestedAt(), r.requestedBy(), r.postedAt(), r.version());
    }

    static Callback view(CallbackRecord r) {
        return new Callback(r.id(), r.user(), r.office(), r.skills(), r.number(), r.leftAt(), r.dueAt(), r.status(),
                r.outcome(), r.completedBy(), r.completedAt(), r.version());
    }
}
