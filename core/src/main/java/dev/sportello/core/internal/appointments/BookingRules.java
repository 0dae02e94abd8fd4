package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.core.internal.users.UserService;
import dev.sportello.users.FragileGround;
import dev.sportello.users.spi.UserRecord;

import java.util.Map;

/**
 * Who may book what: second-level information only for those the policy allows (R-APT-2), a verified
 * mobile for callbacks and video calls, a sign-language operator only for users the records show as
 * deaf (R-APT-6 with R-USR-5 c), and video calls only where a meeting provider is configured.
 *
 * <p>Thread-safe.
 */
final class BookingRules {
    private final AppointmentSettings settings;
    private final UserService users;

    BookingRules(AppointmentSettings settings, UserService users) {
        this.settings = settings;
        this.users = users;
    }

    void requireEligible(Tx tx, BookingCalendar calendar, ContactMode mode, Recipient owner) {
        if (calendar.topic().level() == InformationLevel.SECOND) {
            UserRecord subject = owner.user();
            UserRecord actor = tx.principal().actor() instanceof UserId actorId && !actorId.equals(subject.id())
                    ? UserRecords.require(tx, actorId) : subject;
            if (!settings.secondLevel().allows(UserRecords.profile(subject), UserRecords.profile(actor))) {
                throw SportelloException.of(ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED, Map.of("topic",
                        calendar.topic().code().code()));
            }
        }
        boolean needsMobile = switch (mode) {
            case PHONE_CALLBACK, VIDEO_CALL -> true;
            case IN_PERSON -> false;
        };
        if (needsMobile && owner.verified(Channel.SMS).isEmpty()) {
            throw AppointmentRules.fail(ErrorCode.APT_PHONE_NOT_VERIFIED, "mode", Map.of("mode", mode.name()));
        }
        if (mode == ContactMode.VIDEO_CALL && settings.meetingProvider().isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_MEETING_PROVIDER_MISSING, "mode",
                    Map.of("office", calendar.office().value(), "topic", calendar.topic().code().code()));
        }
    }

    void requireDeaf(Tx tx, Recipient owner) {
        if (!users.fragileGrounds(tx, owner.user()).contains(FragileGround.DEAF)) {
            throw AppointmentRules.fail(ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE, "interpretation", Map.of());
        }
    }
}
