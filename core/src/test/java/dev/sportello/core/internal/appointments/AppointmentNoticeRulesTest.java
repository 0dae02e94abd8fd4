package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.SkipReason;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** What a user is told about a booking: the video-call notice and admission code, and the reminder (R-APT-3, R-APT-4). */
class AppointmentNoticeRulesTest {
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final Instant TEN = rome("2026-11-24T10:00");
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment book(CoreFixture f, UserProfile user, ContactMode mode, Instant start) {
        return f.sdk.appointments().book(cie(user), BookAppointment.of(f.key(), TestOffices.ROMA, PENSION, mode, start));
    }

    private static String admissionCode(List<SmsMessage> sms) {
        for (int i = sms.size() - 1; i >= 0; i--) {
            if (sms.get(i).oneTimeCode() != null) {
                assertThat(sms.get(i).text()).as("the code is in the text too").contains(sms.get(i).oneTimeCode());
                return sms.get(i).oneTimeCode();
            }
        }
        throw new IllegalStateException("no admission code was sent");
    }

    private List<MessageView> reminders(CoreFixture f, UserProfile user) {
        return f.messages(user).stream().filter(m -> m.kind().equals(AppointmentMessageKinds.REMINDER)
                && m.channel() == Channel.SMS).toList();
    }

    @Nested
    @DisplayName("R-APT-3 a confirmed video call brings a notice with details, how it works, privacy and link, and a code")
    class VideoCallConfirmation {
        @Test
        @DisplayName("R-APT-3 the inbox notice has the booking details, how the call works, the privacy notice and the link")
        void theNoticeHasEverything() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(h, user, ContactMode.VIDEO_CALL, TEN);
            h.deliver();
            String link = ((ContactDetails.VideoCall) h.sdk.appointments().get(cie(user), booked.id()).contact()).joinLink()
                    .orElseThrow().toString();
            List<InboxNotice> inbox = h.sdk.notifications().inbox(cie(user), user.id(), PageRequest.first(10)).items();
            assertThat(inbox).filteredOn(n -> n.kind().equals(AppointmentMessageKinds.VIDEO_CALL_CONFIRMED)).singleElement()
                    .satisfies(n -> assertThat(n.body()).contains("24/11/2026 10:00", "Roma Tiburtino",
                            "Informazioni sulla pensione", "Come funziona", "Privacy", link, "codice di ammissione"));
        }

        @Test
        @DisplayName("R-APT-3 an SMS brings the admission code, which is kept only as a hash and admits to the room")
        void anSmsBringsTheAdmissionCode() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(h, user, ContactMode.VIDEO_CALL, TEN);
            h.deliver();
            String code = admissionCode(h.smsTo(user));
            assertThat(code).hasSize(6);
            assertThat(h.read(s -> s.get(AppointmentStore.class).find(booked.id())).orElseThrow().toString())
                    .doesNotContain(code);
            h.clock.set(TEN.minus(Duration.ofMinutes(5)));
            assertThat(h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)).status())
                    .isEqualTo(AppointmentStatus.WAITING);
        }

        @Test
        @DisplayName("R-APT-3 a rescheduled video call gets a new code; the old one no longer admits")
        void aRescheduledCallGetsANewCode() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(h, user, ContactMode.VIDEO_CALL, TEN);
            h.deliver();
            String old = admissionCode(h.smsTo(user));
            Appointment current = h.sdk.appointments().get(cie(user), booked.id());
            Instant eleven = rome("2026-11-24T11:00");
            h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(current.id(), current.version(), eleven));
            h.deliver();
            String fresh = admissionCode(h.smsTo(user));
            h.clock.set(eleven.minus(Duration.ofMinutes(5)));
            if (!fresh.equals(old)) {
                fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), old)),
                        ErrorCode.APT_ADMISSION_CODE_WRONG);
            }
            assertThat(h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), fresh)).status())
                    .isEqualTo(AppointmentStatus.WAITING);
        }

        @Test
        @DisplayName("R-APT-3 the length of the admission code is configurable")
        void theCodeLengthIsConfigurable() {
            try (CoreFixture f = new CoreFixture(b -> b.appointments(a -> a.admissionCode(8, 3)))) {
                UserProfile user = f.citizenWithContacts();
                book(f, user, ContactMode.VIDEO_CALL, TEN);
                f.deliver();
                assertThat(admissionCode(f.smsTo(user))).hasSize(8);
            }
        }
    }

    @Nested
    @DisplayName("R-APT-4 an SMS reminder with all the booking details goes 30 minutes before")
    class Reminder {
        @Test
        @DisplayName("R-APT-4 the reminder goes 30 minutes before, not earlier, with the booking details")
        void theReminderGoesThirtyMinutesBefore() {
            UserProfile user = h.citizenWithContacts();
            book(h, user, ContactMode.IN_PERSON, TEN);
            h.deliver();
            int before = h.smsTo(user).size();
            h.clock.set(TEN.minus(Duration.ofMinutes(31)));
            h.deliver();
            assertThat(h.smsTo(user)).hasSize(before);
            h.clock.set(TEN.minus(Duration.ofMinutes(30)));
            h.deliver();
            assertThat(h.smsTo(user)).hasSize(before + 1).last().satisfies(s -> assertThat(s.text()).isEqualTo(
                    "INPS promemoria: appuntamento 24/11/2026 10:00, in sede, sede Roma Tiburtino, argomento Informazioni "
                            + "sulla pensione."));
        }

        @Test
        @DisplayName("R-APT-4 the lead time is configurable; a booking made inside it records the reminder as skipped")
        void theLeadTimeIsConfigurable() {
            try (CoreFixture f = new CoreFixture(b -> b.appointments(a -> a.reminderBefore(Duration.ofHours(2))))) {
                UserProfile early = f.citizenWithContacts();
                book(f, early, ContactMode.IN_PERSON, TEN);
                assertThat(reminders(f, early)).singleElement().satisfies(m ->
                        assertThat(m.dueAt()).isEqualTo(TEN.minus(Duration.ofHours(2))));
                UserProfile late = f.citizenWithContacts();
                book(f, late, ContactMode.IN_PERSON, rome("2026-11-23T11:30"));
                assertThat(reminders(f, late)).singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
                    assertThat(m.skipReason()).isEqualTo(SkipReason.REMINDER_WINDOW_PASSED);
                });
            }
        }

        @Test
        @DisplayName("R-APT-4 cancelling drops the reminder; rescheduling moves it")
        void changesMoveOrDropTheReminder() {
            UserProfile moved = h.citizenWithContacts();
            Appointment a = book(h, moved, ContactMode.IN_PERSON, TEN);
            Instant eleven = rome("2026-11-24T11:00");
            h.sdk.appointments().reschedule(cie(moved), new RescheduleAppointment(a.id(), a.version(), eleven));
            assertThat(reminders(h, moved)).extracting(MessageView::status)
                    .containsExactlyInAnyOrder(MessageStatus.CANCELLED, MessageStatus.QUEUED);
            assertThat(reminders(h, moved)).filteredOn(m -> m.status() == MessageStatus.QUEUED).singleElement()
                    .satisfies(m -> assertThat(m.dueAt()).isEqualTo(eleven.minus(Duration.ofMinutes(30))));
            UserProfile cancelled = h.citizenWithContacts();
            Appointment b = book(h, cancelled, ContactMode.IN_PERSON, TEN);
            h.sdk.appointments().cancel(cie(cancelled), new CancelAppointment(b.id(), b.version(), "Imprevisto"));
            assertThat(reminders(h, cancelled)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED));
            h.deliver();
            int sms = h.smsTo(cancelled).size();
            h.clock.set(TEN);
            h.deliver();
            assertThat(h.smsTo(cancelled)).hasSize(sms);
        }
    }
}
