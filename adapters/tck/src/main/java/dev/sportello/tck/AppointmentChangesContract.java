package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.CloseDay;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats, changes, no-shows, the waitlist and day closures, over the storage under test (R-APT-1, R-APT-4).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AppointmentChangesContract extends AppointmentScenarios {

    /** Seats are bounded counters. */
    @Nested
    @DisplayName("No overbooking: racing bookings never pass a slot's seats")
    class NoOverbooking {
        @Test
        @DisplayName("when thirty-two bookings race for three seats exactly three succeed")
        void whenThirtyTwoBookingsRaceForThreeSeatsExactlyThreeSucceed() throws Exception {
            Instant start = rome("2026-11-24T11:00");
            List<UserProfile> users = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                users.add(h.citizen());
            }
            AtomicInteger booked = new AtomicInteger();
            Map<ErrorCode, Integer> refused = new ConcurrentHashMap<>();
            Races.run(users.size(), i -> {
                try {
                    book(users.get(i), ContactMode.IN_PERSON, start);
                    booked.incrementAndGet();
                } catch (SportelloException e) {
                    refused.merge(e.code(), 1, Integer::sum);
                }
            });
            assertThat(booked).hasValue(3);
            assertThat(refused).containsExactly(Map.entry(ErrorCode.APT_SLOT_FULL, 29));
            assertThat(h.sdk.appointments().agenda(FRONT_OFFICE, ROMA, TUESDAY)).hasSize(3);
            assertThat(remaining(ContactMode.IN_PERSON, start)).isZero();
        }
    }

    /** Cancelling and rescheduling. */
    @Nested
    @DisplayName("R-APT-4 changes move or drop the reminder, and send a new invitation")
    class Changes {
        @Test
        @DisplayName("cancelling releases the seat, drops the reminder and sends a cancellation")
        void cancellingReleasesTheSeatDropsTheReminderAndSendsACancellation() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
            h.deliver();
            Appointment current = h.sdk.appointments().get(cie(user), booked.id());
            Appointment cancelled = h.sdk.appointments().cancel(cie(user), new CancelAppointment(current.id(),
                    current.version(), "Ho risolto da solo"));
            assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(cancelReason(cancelled)).isEqualTo("Ho risolto da solo");
            assertThat(remaining(ContactMode.VIDEO_CALL, start)).isEqualTo(2);
            assertThat(messages(user)).filteredOn(m -> m.kind().equals(AppointmentMessageKinds.REMINDER))
                    .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED));
            h.deliver();
            assertThat(h.meetings.isClosed(link(current).orElseThrow())).isTrue();
            List<String> ics = invitations(user);
            assertThat(ics).hasSize(2);
            assertThat(ics).anySatisfy(cancel -> assertThat(cancel).contains("METHOD:CANCEL", "STATUS:CANCELLED",
                    "UID:" + booked.id() + "@sportello", "SEQUENCE:1"));
            int sms = smsTo(user).size();
            h.clock.set(start);
            h.deliver();
            assertThat(smsTo(user)).as("no reminder after a cancellation").hasSize(sms);
            fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(cancelled.id(), cancelled.version(),
                    "again")), ErrorCode.APT_ILLEGAL_TRANSITION);
        }

        @Test
        @DisplayName("rescheduling moves the seat atomically, keeps the invitation's UID and moves the reminder")
        void reschedulingMovesTheSeatAtomicallyKeepsTheInviteUidAndMovesTheReminder() {
            UserProfile user = h.citizenWithContacts();
            Instant ten = rome("2026-11-24T10:00");
            Instant eleven = rome("2026-11-24T11:00");
            Appointment booked = book(user, ContactMode.IN_PERSON, ten);
            Appointment moved = h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(),
                    booked.version(), eleven));
            assertThat(moved.start()).isEqualTo(eleven);
            assertThat(moved.id()).isEqualTo(booked.id());
            assertThat(moved.sequence()).isEqualTo(1);
            assertThat(remaining(ContactMode.IN_PERSON, ten)).isEqualTo(3);
            assertThat(remaining(ContactMode.IN_PERSON, eleven)).isEqualTo(2);
            Instant noon = rome("2026-11-24T12:00");
            for (int i = 0; i < 3; i++) {
                book(h.citizen(), ContactMode.IN_PERSON, noon);
            }
            fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(moved.id(), moved.version(),
                    noon)), ErrorCode.APT_SLOT_FULL);
            assertThat(h.sdk.appointments().get(cie(user), moved.id()).start()).isEqualTo(eleven);
            assertThat(remaining(ContactMode.IN_PERSON, eleven)).as("the old seat is kept when the new one cannot be had")
                    .isEqualTo(2);
            fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(moved.id(), moved.version(),
                    eleven)), ErrorCode.APT_SAME_SLOT);
            h.deliver();
            List<String> ics = invitations(user);
            assertThat(ics).hasSize(2);   // the two e-mails may be delivered in either order
            assertThat(ics).anySatisfy(first -> assertThat(first).contains("UID:" + booked.id() + "@sportello", "SEQUENCE:0",
                    "DTSTART;TZID=Europe/Rome:20261124T100000"));
            assertThat(ics).anySatisfy(second -> assertThat(second).contains("METHOD:REQUEST", "UID:" + booked.id()
                    + "@sportello", "SEQUENCE:1", "DTSTART;TZID=Europe/Rome:20261124T110000"));
            List<MessageView> reminders = messages(user).stream().filter(m -> m.kind().equals(AppointmentMessageKinds.REMINDER)
                    && m.channel() == Channel.SMS).toList();
            assertThat(reminders).extracting(MessageView::status)
                    .containsExactlyInAnyOrder(MessageStatus.CANCELLED, MessageStatus.QUEUED);
            assertThat(reminders).filteredOn(m -> m.status() == MessageStatus.QUEUED).singleElement()
                    .satisfies(m -> assertThat(m.dueAt()).isEqualTo(eleven.minus(Duration.ofMinutes(30))));
        }

        @Test
        @DisplayName("changing someone else's appointment is denied and audited, before any version check")
        void reschedulingSomeoneElsesAppointmentIsDeniedAndAudited() {
            UserProfile owner = h.citizenWithContacts();
            UserProfile other = h.citizenWithContacts();
            Appointment booked = book(owner, ContactMode.IN_PERSON, rome("2026-11-24T10:00"));
            fails(() -> h.sdk.appointments().reschedule(cie(other), new RescheduleAppointment(booked.id(), booked.version(),
                    rome("2026-11-24T11:00"))), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.appointments().reschedule(cie(other), new RescheduleAppointment(booked.id(),
                    booked.version() + 7, rome("2026-11-24T11:00"))), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.appointments().get(cie(other), booked.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.appointments().cancel(CAGLIARI, new CancelAppointment(booked.id(), booked.version(), "no")),
                    ErrorCode.ACCESS_WRONG_OFFICE);
            assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, booked.id(), PageRequest.first(20)).items())
                    .filteredOn(a -> a.outcome() == AuditEntry.Outcome.DENIED).extracting(AuditEntry::actor)
                    .contains(other.id(), TckOffices.CAGLIARI_BACK_OFFICE);
            assertThat(h.sdk.appointments().get(cie(owner), booked.id()).start()).isEqualTo(rome("2026-11-24T10:00"));
            Appointment byOffice = h.sdk.appointments().cancel(FRONT_OFFICE, new CancelAppointment(booked.id(),
                    booked.version(), "Operatore assente"));
            assertThat(byOffice.status()).isEqualTo(AppointmentStatus.CANCELLED);
        }

        @Test
        @DisplayName("a user who does not show up becomes a no-show after the grace period")
        void aUserWhoDoesNotShowUpBecomesANoShowAfterTheGracePeriod() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment booked = book(user, ContactMode.IN_PERSON, start);
            h.clock.set(start.plus(Duration.ofMinutes(10)));
            fails(() -> h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(booked.id(), booked.version())),
                    ErrorCode.APT_NO_SHOW_TOO_EARLY);
            h.deliver();
            assertThat(h.sdk.appointments().get(FRONT_OFFICE, booked.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
            h.clock.set(start.plus(Duration.ofMinutes(15)));
            h.deliver();
            assertThat(h.sdk.appointments().get(FRONT_OFFICE, booked.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
            UserProfile other = h.citizenWithContacts();
            h.clock.set(SdkHarness.START);
            Appointment second = book(other, ContactMode.IN_PERSON, start);
            h.clock.set(start.plus(Duration.ofMinutes(20)));
            assertThat(h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(second.id(), second.version())).status())
                    .isEqualTo(AppointmentStatus.NO_SHOW);
        }
    }

    /** The waitlist and day closures. */
    @Nested
    @DisplayName("Waitlist and closures: a freed seat goes to the first user waiting; a closed day cancels its bookings")
    class WaitlistAndClosures {
        @Test
        @DisplayName("a freed seat is offered to the first waiting user until the offer expires, then to the next")
        void aFreedSeatIsOfferedToTheFirstWaitingUserUntilTheOfferExpiresThenToTheNext() {
            TopicCode topic = TckOffices.CERTIFICATES.code();
            Instant nine = rome("2026-11-24T09:00");
            Instant halfPast = rome("2026-11-24T09:30");
            UserProfile a = h.citizenWithContacts();
            UserProfile b = h.citizenWithContacts();
            UserProfile first = h.citizenWithContacts();
            UserProfile second = h.citizenWithContacts();
            UserProfile latecomer = h.citizenWithContacts();
            JoinWaitlist join = new JoinWaitlist(ROMA, topic, ContactMode.IN_PERSON, TUESDAY, Interpretation.NONE);
            fails(() -> h.sdk.appointments().joinWaitlist(cie(first), join), ErrorCode.APT_SEATS_AVAILABLE);
            Appointment taken = h.sdk.appointments().book(cie(a), BookAppointment.of(key(), ROMA, topic,
                    ContactMode.IN_PERSON, nine));
            h.sdk.appointments().book(cie(b), BookAppointment.of(key(), ROMA, topic, ContactMode.IN_PERSON, halfPast));
            WaitlistEntry w1 = h.sdk.appointments().joinWaitlist(cie(first), join);
            h.clock.advance(Duration.ofSeconds(1));
            WaitlistEntry w2 = h.sdk.appointments().joinWaitlist(cie(second), join);
            assertThat(w1.status()).isEqualTo(WaitlistStatus.WAITING);
            fails(() -> h.sdk.appointments().joinWaitlist(cie(first), join), ErrorCode.APT_ALREADY_WAITING);
            h.sdk.appointments().cancel(cie(a), new CancelAppointment(taken.id(), taken.version(), "Imprevisto"));
            WaitlistEntry offered = h.sdk.appointments().waitlist(cie(first)).get(0);
            assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
            assertThat(offered.offeredStart()).isEqualTo(nine);
            assertThat(offered.offerExpiresAt()).isEqualTo(h.clock.instant().plus(Duration.ofHours(2)));
            assertThat(messages(first)).anySatisfy(m -> assertThat(m.kind()).isEqualTo(AppointmentMessageKinds.WAITLIST_OFFER));
            fails(() -> h.sdk.appointments().book(cie(latecomer), BookAppointment.of(key(), ROMA, topic,
                    ContactMode.IN_PERSON, nine)), ErrorCode.APT_SLOT_FULL);
            h.clock.advance(Duration.ofHours(2));
            h.deliver();
            assertThat(h.sdk.appointments().waitlist(cie(first)).get(0).status()).isEqualTo(WaitlistStatus.EXPIRED);
            WaitlistEntry next = h.sdk.appointments().waitlist(cie(second)).get(0);
            assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
            long lapsed = h.sdk.appointments().waitlist(cie(first)).get(0).version();
            fails(() -> h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(offered.id(), lapsed)),
                    ErrorCode.APT_NO_OFFER);
            fails(() -> h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(next.id(), next.version())),
                    ErrorCode.ACCESS_NOT_OWNER);
            WaitlistEntry accepted = h.sdk.appointments().acceptOffer(cie(second), new AcceptOffer(next.id(), next.version()));
            assertThat(accepted.status()).isEqualTo(WaitlistStatus.ACCEPTED);
            assertThat(h.sdk.appointments().get(cie(second), accepted.appointment()).start()).isEqualTo(nine);
            LocalDate day = nine.atZone(dev.sportello.offices.Office.ROME).toLocalDate();
            assertThat(slot(availability(topic, ContactMode.IN_PERSON, day, day, Interpretation.NONE), nine).remaining())
                    .isZero();
            assertThat(h.sdk.appointments().agenda(FRONT_OFFICE, ROMA, TUESDAY)).extracting(Appointment::owner)
                    .contains(second.id(), b.id()).doesNotContain(a.id());
            assertThat(w2.id()).isEqualTo(next.id());
        }

        @Test
        @DisplayName("closing a day cancels its bookings and waitlist and tells the users")
        void closingADayCancelsItsBookingsAndWaitlistAndTellsTheUsers() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-26T10:00"));
            h.deliver();
            h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(ROMA, LocalDate.of(2026, 11, 26), "Assemblea del personale"));
            Appointment cancelled = h.sdk.appointments().get(cie(user), booked.id());
            assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(cancelReason(cancelled)).isEqualTo("Assemblea del personale");
            h.deliver();
            assertThat(h.meetings.openRooms()).isEmpty();
            assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                    .anySatisfy(n -> {
                        assertThat(n.kind()).isEqualTo(AppointmentMessageKinds.CANCELLED);
                        assertThat(n.body()).contains("Assemblea del personale");
                    });
            assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("annullato"));
            fails(() -> book(h.citizenWithContacts(), ContactMode.IN_PERSON, rome("2026-11-26T11:00")),
                    ErrorCode.APT_OFFICE_CLOSED);
            assertThat(availability(PENSION, ContactMode.IN_PERSON, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26),
                    Interpretation.NONE).slots()).isEmpty();
            assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(5)).items()).extracting(Appointment::status)
                    .containsExactly(AppointmentStatus.CANCELLED);
        }
    }
}
