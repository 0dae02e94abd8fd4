package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.RecordContact;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Skill;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static dev.sportello.core.internal.fragile.FragileFixture.DESK;
import static dev.sportello.core.internal.fragile.FragileFixture.PHONE_SYSTEM;
import static dev.sportello.core.internal.fragile.FragileFixture.SIGNER;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The phone line: calls and voicemails are contacts, a voicemail becomes a callback for the next opening (R-USR-5). */
class FragilePhoneLineTest {
    private static final PhoneNumber NUMBER = new PhoneNumber("+390612345678");
    private final FragileFixture f = new FragileFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Callback voicemail(UserProfile user, Instant leftAt) {
        return f.h.sdk.fragileUsers().leaveVoicemail(PHONE_SYSTEM, new LeaveVoicemail(user.id(), leftAt, NUMBER));
    }

    private Page<Callback> queue(Principal operator) {
        return f.h.sdk.fragileUsers().callbacks(operator, new CallbackQuery(TestOffices.ROMA, PageRequest.first(20)));
    }

    @Nested
    @DisplayName("R-USR-5 a voicemail left outside office hours is called back at the next opening of the competent office")
    class NextOpening {
        @ParameterizedTest(name = "left {0}, due {1}")
        @CsvSource({
                "2026-11-23T22:00, 2026-11-24T08:30",   // Monday night: Tuesday at opening
                "2026-11-23T13:10, 2026-11-23T14:00",   // the lunch break: the afternoon's opening
                "2026-11-27T17:00, 2026-11-30T08:30",   // Friday evening: Monday
                "2026-12-07T20:00, 2026-12-09T08:30",   // before the Immacolata (8 December): Wednesday
                "2026-11-24T06:15, 2026-11-24T08:30",   // early morning: the same day's opening
                "2026-11-24T10:00, 2026-11-24T10:00"})  // open: due at once
        @DisplayName("R-USR-5 the due time follows the office calendar: hours, weekly rest, national holidays")
        void dueAtTheNextOpening(String left, String due) {
            UserProfile user = f.elderly();
            f.enrol(user);
            f.h.clock.set(rome(left).plusSeconds(60));
            Callback callback = voicemail(user, rome(left));
            assertThat(callback.dueAt()).isEqualTo(rome(due));
            assertThat(callback.office()).isEqualTo(TestOffices.ROMA);
            assertThat(callback.skills()).containsExactly(Skill.FRAGILE_CHANNEL);
        }

        @Test
        @DisplayName("R-USR-5 an ad-hoc closure of the office moves the callback to the next open day")
        void aClosureMovesIt() {
            UserProfile user = f.elderly();
            f.enrol(user);
            f.h.sdk.offices().closeDay(CoreFixture.SUPERVISOR, new CloseDay(TestOffices.ROMA, LocalDate.of(2026, 11, 24),
                    "Disinfestazione"));
            f.h.clock.set(rome("2026-11-23T21:00"));
            assertThat(voicemail(user, rome("2026-11-23T20:30")).dueAt()).isEqualTo(rome("2026-11-25T08:30"));
        }

        @Test
        @DisplayName("R-USR-5 the night's voicemail is not in the queue at night; at opening it is, and the operator calls back")
        void theQueueAtOpening() {
            UserProfile user = f.elderly();
            f.enrol(user);
            f.h.clock.set(rome("2026-11-23T23:05"));
            Callback callback = voicemail(user, rome("2026-11-23T23:00"));
            assertThat(queue(DESK).items()).isEmpty();
            f.h.clock.set(rome("2026-11-24T08:30"));
            assertThat(queue(DESK).items()).extracting(Callback::id).containsExactly(callback.id());

            f.h.clock.set(rome("2026-11-24T08:41"));
            Callback done = f.h.sdk.fragileUsers().completeCallback(DESK, new CompleteCallback(callback.id(),
                    ContactOutcome.INFORMATION_GIVEN, callback.version()));
            assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
            assertThat(done.completedBy()).isEqualTo(DESK.actor());
            assertThat(done.completedAt()).isEqualTo(rome("2026-11-24T08:41"));
            assertThat(queue(DESK).items()).isEmpty();
            assertThat(f.h.sdk.fragileUsers().contacts(CoreFixture.as(user), user.id()))
                    .extracting(ChannelContact::channel, ChannelContact::outcome, ChannelContact::at)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ContactChannel.CALLBACK, ContactOutcome.INFORMATION_GIVEN,
                                    rome("2026-11-24T08:41")),
                            org.assertj.core.groups.Tuple.tuple(ContactChannel.VOICEMAIL, ContactOutcome.CALLBACK_QUEUED,
                                    rome("2026-11-23T23:00")));
            fails(() -> f.h.sdk.fragileUsers().completeCallback(DESK, new CompleteCallback(callback.id(),
                    ContactOutcome.OTHER, done.version())), ErrorCode.FRG_CALLBACK_DONE);
        }
    }

    @Nested
    @DisplayName("R-USR-5 callbacks are queued for operators with the channel's skill, and sign language for deaf users")
    class Skills {
        @Test
        @DisplayName("R-USR-5 (c) a deaf user's callback needs sign language: the operator without it neither sees nor completes it")
        void deafUsersNeedSignLanguage() {
            UserProfile deaf = f.deaf();
            UserProfile other = f.elderly();
            f.enrol(deaf);
            f.enrol(other);
            Callback forDeaf = voicemail(deaf, CoreFixture.START);
            Callback forOther = voicemail(other, CoreFixture.START);
            assertThat(forDeaf.skills()).containsExactlyInAnyOrder(Skill.FRAGILE_CHANNEL, Skill.SIGN_LANGUAGE);
            assertThat(queue(DESK).items()).extracting(Callback::id).containsExactly(forOther.id());
            assertThat(queue(SIGNER).items()).extracting(Callback::id).containsExactlyInAnyOrder(forDeaf.id(), forOther.id());
            fails(() -> f.h.sdk.fragileUsers().completeCallback(DESK, new CompleteCallback(forDeaf.id(),
                    ContactOutcome.APPOINTMENT_BOOKED, 0)), ErrorCode.FRG_SKILL_REQUIRED);
            assertThat(f.h.sdk.fragileUsers().completeCallback(SIGNER, new CompleteCallback(forDeaf.id(),
                    ContactOutcome.APPOINTMENT_BOOKED, 0)).status()).isEqualTo(CallbackStatus.DONE);
        }

        @Test
        @DisplayName("R-USR-5 the queue is for the office's channel operators: without the skill, of another office, a service: denied")
        void theQueueIsTheStaffs() {
            fails(() -> queue(FragileFixture.FRONT_OFFICE), ErrorCode.FRG_SKILL_REQUIRED);
            fails(() -> queue(CoreFixture.CAGLIARI), ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> queue(CoreFixture.PORTAL), ErrorCode.ACCESS_ROLE_REQUIRED);
        }

        @Test
        @DisplayName("R-USR-5 the queue pages on the due time, earliest first")
        void paging() {
            UserProfile user = f.elderly();
            f.enrol(user);
            f.h.clock.set(rome("2026-11-24T11:00"));
            for (int i = 0; i < 5; i++) {
                voicemail(user, rome("2026-11-24T10:0" + i));
            }
            Page<Callback> first = f.h.sdk.fragileUsers().callbacks(DESK, new CallbackQuery(TestOffices.ROMA,
                    PageRequest.first(3)));
            Page<Callback> second = f.h.sdk.fragileUsers().callbacks(DESK, new CallbackQuery(TestOffices.ROMA,
                    PageRequest.first(3).after(first)));
            assertThat(first.items()).extracting(Callback::dueAt).containsExactly(rome("2026-11-24T10:00"),
                    rome("2026-11-24T10:01"), rome("2026-11-24T10:02"));
            assertThat(second.items()).extracting(Callback::dueAt).containsExactly(rome("2026-11-24T10:03"),
                    rome("2026-11-24T10:04"));
            assertThat(second.nextCursor()).isNull();
        }
    }

    @Nested
    @DisplayName("R-USR-5 calls and voicemails are contacts: who, when, channel, outcome")
    class Contacts {
        @Test
        @DisplayName("R-USR-5 an answered call is recorded by the operator; voicemails and callbacks are not recorded by hand")
        void recordACall() {
            UserProfile user = f.elderly();
            f.enrol(user);
            ChannelContact call = f.h.sdk.fragileUsers().recordContact(DESK, new RecordContact(user.id(),
                    ContactChannel.PHONE_CALL, ContactOutcome.DOCUMENT_REQUESTED));
            assertThat(call.by()).isEqualTo(DESK.actor());
            assertThat(call.at()).isEqualTo(CoreFixture.START);
            fails(() -> f.h.sdk.fragileUsers().recordContact(DESK, new RecordContact(user.id(), ContactChannel.VOICEMAIL,
                    ContactOutcome.OTHER)), ErrorCode.VALIDATION_FAILED);
            assertThat(f.h.sdk.fragileUsers().contacts(DESK, user.id())).containsExactly(call);
        }

        @Test
        @DisplayName("R-USR-5 bad input: a voicemail from the future, for a user who is not enrolled, or from a service without the grant")
        void badVoicemails() {
            UserProfile user = f.elderly();
            fails(() -> voicemail(user, CoreFixture.START), ErrorCode.FRG_NOT_ENROLLED);
            f.enrol(user);
            fails(() -> voicemail(user, CoreFixture.START.plusSeconds(1)), ErrorCode.FRG_VOICEMAIL_IN_FUTURE);
            fails(() -> f.h.sdk.fragileUsers().leaveVoicemail(Principal.service("crm"), new LeaveVoicemail(user.id(),
                    CoreFixture.START, NUMBER)), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            assertThat(f.h.sdk.fragileUsers().contacts(DESK, user.id())).isEmpty();
        }

        @Test
        @DisplayName("R-USR-5 a user's contacts are theirs: another user may not read them")
        void contactsArePersonal() {
            UserProfile user = f.elderly();
            f.enrol(user);
            UserProfile stranger = f.h.citizen();
            fails(() -> f.h.sdk.fragileUsers().contacts(CoreFixture.as(stranger), user.id()), ErrorCode.ACCESS_NOT_OWNER);
        }
    }
}
