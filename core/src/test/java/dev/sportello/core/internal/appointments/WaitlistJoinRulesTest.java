package dev.sportello.core.internal.appointments;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.TOPIC;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.TUESDAY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.join;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** Joining the waitlist of a full day (docs/appointments.md "Waitlist", R-APT-1, R-APT-2, R-APT-6). */
class WaitlistJoinRulesTest {
    private static final OfficeCode ROMA = TestOffices.ROMA;
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private void fillInPerson() {
        book(h, h.citizen(), ContactMode.IN_PERSON, NINE);
        book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
    }

    private JoinWaitlist on(LocalDate day, ContactMode mode) {
        return new JoinWaitlist(ROMA, TOPIC, mode, day, Interpretation.NONE);
    }

    @Test
    @DisplayName("R-APT-1 a user waits for a full day: the entry is WAITING, listed as theirs, audited")
    void aUserWaitsForAFullDay() {
        fillInPerson();
        UserProfile user = h.citizen();
        WaitlistEntry entry = join(h, user, ContactMode.IN_PERSON, Interpretation.NONE);
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(entry.owner()).isEqualTo(user.id());
        assertThat(entry.office()).isEqualTo(ROMA);
        assertThat(entry.topic()).isEqualTo(TOPIC);
        assertThat(entry.mode()).isEqualTo(ContactMode.IN_PERSON);
        assertThat(entry.day()).isEqualTo(TUESDAY);
        assertThat(entry.interpretation()).isEqualTo(Interpretation.NONE);
        assertThat(entry.offeredStart()).isNull();
        assertThat(entry.appointment()).isNull();
        assertThat(entry.createdAt()).isEqualTo(h.clock.instant());
        assertThat(h.sdk.appointments().waitlist(cie(user))).containsExactly(entry);
        assertThat(h.sdk.appointments().waitlist(cie(h.citizen()))).isEmpty();
        assertThat(h.audit(entry.id())).extracting(AuditEntry::action).contains("WAITLIST_JOINED");
    }

    @Test
    @DisplayName("R-APT-1 one entry per user and day while waiting or offered; after leaving, the user may wait again")
    void oneEntryPerDayWhileWaiting() {
        fillInPerson();
        UserProfile user = h.citizen();
        WaitlistEntry entry = join(h, user, ContactMode.IN_PERSON, Interpretation.NONE);
        SportelloException again = fails(() -> join(h, user, ContactMode.IN_PERSON, Interpretation.NONE),
                ErrorCode.APT_ALREADY_WAITING);
        assertThat(again.details()).containsEntry("topic", TOPIC.code()).containsEntry("date", TUESDAY.toString());
        WaitlistEntry left = h.sdk.appointments().leaveWaitlist(cie(user), new LeaveWaitlist(entry.id(), entry.version()));
        assertThat(left.status()).isEqualTo(WaitlistStatus.LEFT);
        WaitlistEntry back = join(h, user, ContactMode.IN_PERSON, Interpretation.NONE);
        assertThat(back.id()).isNotEqualTo(entry.id());
        assertThat(back.status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    @DisplayName("R-APT-1 a day with a free seat in the mode is booked, not waited for")
    void aFreeSeatIsBookedInstead() {
        fillInPerson();
        UserProfile user = h.citizenWithContacts();
        SportelloException video = fails(() -> join(h, user, ContactMode.VIDEO_CALL, Interpretation.NONE),
                ErrorCode.APT_SEATS_AVAILABLE);
        assertThat(video.details()).containsEntry("field", "day").containsEntry("date", TUESDAY.toString());
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(TUESDAY.plusDays(1), ContactMode.IN_PERSON)),
                ErrorCode.APT_SEATS_AVAILABLE);
        book(h, h.citizen(), ContactMode.IN_PERSON, rome("2026-11-25T09:00"));
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(TUESDAY.plusDays(1), ContactMode.IN_PERSON)),
                ErrorCode.APT_SEATS_AVAILABLE);
        assertThat(h.sdk.appointments().waitlist(cie(user))).isEmpty();
    }

    @Test
    @DisplayName("R-APT-1 a seat inside the minimum notice cannot be booked, so it does not count as free")
    void aSeatInsideTheNoticeIsNotFree() {
        h.clock.set(rome("2026-11-24T08:15"));
        book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
        assertThat(join(h, h.citizen(), ContactMode.IN_PERSON, Interpretation.NONE).status())
                .isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    @DisplayName("R-APT-1 the day is today or later, within the horizon, and open")
    void theDayMustBeOffered() {
        UserProfile user = h.citizen();
        LocalDate monday = LocalDate.of(2026, 11, 23);
        SportelloException past = fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(monday.minusDays(1),
                ContactMode.IN_PERSON)), ErrorCode.APT_SLOT_IN_PAST);
        assertThat(past.details()).containsEntry("field", "day");
        SportelloException far = fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(monday.plusDays(31),
                ContactMode.IN_PERSON)), ErrorCode.APT_BEYOND_HORIZON);
        assertThat(far.details()).containsEntry("days", "30");
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(monday.plusDays(30), ContactMode.IN_PERSON)),
                ErrorCode.APT_SEATS_AVAILABLE);
        SportelloException saturday = fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(LocalDate.of(2026, 11, 28),
                ContactMode.IN_PERSON)), ErrorCode.APT_OFFICE_CLOSED);
        assertThat(saturday.details()).containsEntry("office", ROMA.value()).containsEntry("date", "2026-11-28");
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(LocalDate.of(2026, 12, 8), ContactMode.IN_PERSON)),
                ErrorCode.APT_OFFICE_CLOSED);
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), on(TUESDAY, ContactMode.PHONE_CALLBACK)),
                ErrorCode.APT_MODE_NOT_OFFERED);
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), new JoinWaitlist(ROMA, new TopicCode("DIVORCE_ADVICE"),
                ContactMode.IN_PERSON, TUESDAY, Interpretation.NONE)), ErrorCode.APT_TOPIC_UNKNOWN);
        fails(() -> h.sdk.appointments().joinWaitlist(cie(user), new JoinWaitlist(new OfficeCode("MILANO"), TOPIC,
                ContactMode.IN_PERSON, TUESDAY, Interpretation.NONE)), ErrorCode.OFF_OFFICE_UNKNOWN);
        assertThat(h.sdk.appointments().waitlist(cie(user))).isEmpty();
    }

    @Test
    @DisplayName("R-APT-1 today's slots still ahead can be waited for")
    void todayCanBeWaitedFor() {
        h.clock.set(rome("2026-11-23T07:00"));
        book(h, h.citizen(), ContactMode.IN_PERSON, rome("2026-11-23T09:00"));
        book(h, h.citizen(), ContactMode.IN_PERSON, rome("2026-11-23T09:30"));
        WaitlistEntry entry = h.sdk.appointments().joinWaitlist(cie(h.citizen()), on(LocalDate.of(2026, 11, 23),
                ContactMode.IN_PERSON));
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    @DisplayName("R-APT-1 and R-APT-2 a waiting user must be one who could book: a verified mobile, the topic's level")
    void theWaitingUserMustBeEligible() {
        fails(() -> h.sdk.appointments().joinWaitlist(cie(h.citizen()), new JoinWaitlist(ROMA,
                TestOffices.COMPANY_POSITION.code(), ContactMode.IN_PERSON, TUESDAY, Interpretation.NONE)),
                ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED);
        for (int i = 0; i < 2; i++) {
            book(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE);
            book(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
        }
        fails(() -> join(h, h.citizen(), ContactMode.VIDEO_CALL, Interpretation.NONE), ErrorCode.APT_PHONE_NOT_VERIFIED);
        assertThat(join(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, Interpretation.NONE).mode())
                .isEqualTo(ContactMode.VIDEO_CALL);
        fails(() -> h.sdk.appointments().joinWaitlist(FRONT_OFFICE, on(TUESDAY, ContactMode.IN_PERSON)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    @DisplayName("R-APT-1 waiting for a video call is guarded by the video-call policy entry")
    void videoWaitingHasTheVideoPolicy() {
        AssurancePolicy policy = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                AssuranceLevel.HIGH).build();
        try (CoreFixture strict = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(policy))) {
            UserProfile user = strict.citizenWithContacts();
            fails(() -> strict.sdk.appointments().joinWaitlist(as(user), on(TUESDAY, ContactMode.VIDEO_CALL)),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            fails(() -> strict.sdk.appointments().joinWaitlist(as(user), on(TUESDAY, ContactMode.IN_PERSON)),
                    ErrorCode.APT_SEATS_AVAILABLE);
        }
    }

    @Test
    @DisplayName("R-APT-6 sign language: deaf users, video only; a day is full for them when no interpreter is free")
    void signLanguageWaitsForAnInterpreter() {
        UserProfile hearing = h.citizenWithContacts();
        UserProfile deaf = h.deaf(h.citizenWithContacts());
        fails(() -> join(h, hearing, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE),
                ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE);
        fails(() -> join(h, deaf, ContactMode.IN_PERSON, Interpretation.SIGN_LANGUAGE),
                ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY);
        fails(() -> join(h, deaf, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE), ErrorCode.APT_SEATS_AVAILABLE);
        // the only interpreter is taken at 09:00 by a call of another calendar: 09:30 is still free for sign language
        h.sdk.appointments().book(cie(h.deaf(h.citizenWithContacts())), new BookAppointment(
                h.key(), ROMA, TestOffices.PENSION_INFO.code(), ContactMode.VIDEO_CALL, NINE, Interpretation.SIGN_LANGUAGE));
        fails(() -> join(h, deaf, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE), ErrorCode.APT_SEATS_AVAILABLE);
        book(h, h.deaf(h.citizenWithContacts()), ContactMode.VIDEO_CALL, NINE_THIRTY, Interpretation.SIGN_LANGUAGE);
        WaitlistEntry entry = join(h, deaf, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE);
        assertThat(entry.interpretation()).isEqualTo(Interpretation.SIGN_LANGUAGE);
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        fails(() -> join(h, hearing, ContactMode.VIDEO_CALL, Interpretation.NONE), ErrorCode.APT_SEATS_AVAILABLE);
    }

    @Test
    @DisplayName("R-APT-1 the waitlist lists the user's entries, newest first")
    void theWaitlistListsTheUsersEntries() {
        fillInPerson();
        UserProfile user = h.citizen();
        WaitlistEntry first = join(h, user, ContactMode.IN_PERSON, Interpretation.NONE);
        h.sdk.appointments().leaveWaitlist(cie(user), new LeaveWaitlist(first.id(), first.version()));
        h.clock.advance(Duration.ofMinutes(1));
        WaitlistEntry second = join(h, user, ContactMode.IN_PERSON, Interpretation.NONE);
        assertThat(h.sdk.appointments().waitlist(cie(user))).extracting(WaitlistEntry::id)
                .containsExactly(second.id(), first.id());
        fails(() -> h.sdk.appointments().waitlist(FRONT_OFFICE), ErrorCode.ACCESS_ROLE_REQUIRED);
    }
}
