package dev.sportello.core.internal.appointments;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.DeclineOffer;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.MessageView;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.entry;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.join;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.remaining;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** Offers of freed seats to the waitlist: held seats, accepting, declining, leaving, lapsing (docs/appointments.md). */
class WaitlistOfferRulesTest {
    /** Two hours (offerHold) after the cancellation, made a minute after the fixture's start. */
    private static final Instant NOON = rome("2026-11-23T12:01");
    private final CoreFixture h = AppointmentSmallCalendar.fixture();
    private UserProfile early;
    private UserProfile first;
    private UserProfile second;
    private Appointment nine;

    @AfterEach
    void close() {
        h.close();
    }

    /** Fills Tuesday in person; {@link #first} and then {@link #second} wait for it. */
    private void fullDayWithTwoWaiting() {
        early = h.citizen();
        nine = book(h, early, ContactMode.IN_PERSON, NINE);
        book(h, h.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
        first = h.citizenWithContacts();
        second = h.citizenWithContacts();
        join(h, first, ContactMode.IN_PERSON, Interpretation.NONE);
        h.clock.advance(Duration.ofMinutes(1));
        join(h, second, ContactMode.IN_PERSON, Interpretation.NONE);
    }

    private WaitlistEntry only(UserProfile user) {
        return h.sdk.appointments().waitlist(cie(user)).get(0);
    }

    private void cancelNine() {
        h.sdk.appointments().cancel(cie(early), new CancelAppointment(nine.id(), nine.version(), "Non posso"));
    }

    @Test
    @DisplayName("R-APT-1 a freed seat is offered to the first user waiting and held for them, who is told at once")
    void aFreedSeatIsOfferedAndHeld() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offeredStart()).isEqualTo(NINE);
        assertThat(offered.offerExpiresAt()).isEqualTo(NOON);
        assertThat(offered.version()).isEqualTo(1);
        assertThat(only(second).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
        fails(() -> book(h, h.citizen(), ContactMode.IN_PERSON, NINE), ErrorCode.APT_SLOT_FULL);
        assertThat(h.audit(offered.id())).extracting(AuditEntry::action).contains("WAITLIST_OFFERED");
        assertThat(h.messages(first)).extracting(MessageView::kind).contains(AppointmentMessageKinds.WAITLIST_OFFER);
        assertThat(h.messages(second)).extracting(MessageView::kind).doesNotContain(AppointmentMessageKinds.WAITLIST_OFFER);
        h.deliver();
        assertThat(h.smsTo(first)).last().satisfies(s -> assertThat(s.text()).contains("24/11/2026 09:00",
                "Roma Tiburtino", "23/11/2026 12:01"));
    }

    @Test
    @DisplayName("R-APT-1 accepting books the held seat for the user; the seat is not counted twice")
    void acceptingBooksTheHeldSeat() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        WaitlistEntry accepted = h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(offered.id(),
                offered.version()));
        assertThat(accepted.status()).isEqualTo(WaitlistStatus.ACCEPTED);
        assertThat(accepted.offerExpiresAt()).isNull();
        assertThat(accepted.appointment()).isNotNull();
        assertThat(entry(h, first, offered.id())).isEqualTo(accepted);
        Appointment booked = h.sdk.appointments().get(cie(first), accepted.appointment());
        assertThat(booked.owner()).isEqualTo(first.id());
        assertThat(booked.start()).isEqualTo(NINE);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(h.audit(offered.id())).extracting(AuditEntry::action).contains("WAITLIST_OFFER_ACCEPTED");
        fails(() -> h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(accepted.id(), accepted.version())),
                ErrorCode.APT_NO_OFFER);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
        h.sdk.appointments().cancel(cie(first), new CancelAppointment(booked.id(), booked.version(), "Cambio idea"));
        WaitlistEntry next = only(second);
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        h.sdk.appointments().leaveWaitlist(cie(second), new LeaveWaitlist(next.id(), next.version()));
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 declining passes the seat to the next user waiting")
    void decliningPassesTheSeatOn() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        WaitlistEntry declined = h.sdk.appointments().declineOffer(cie(first), new DeclineOffer(offered.id(),
                offered.version()));
        assertThat(declined.status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(declined.offeredStart()).isNull();
        assertThat(h.audit(offered.id())).extracting(AuditEntry::action).contains("WAITLIST_OFFER_DECLINED");
        WaitlistEntry next = only(second);
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(next.offeredStart()).isEqualTo(NINE);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
        fails(() -> h.sdk.appointments().declineOffer(cie(first), new DeclineOffer(declined.id(), declined.version())),
                ErrorCode.APT_NO_OFFER);
    }

    @Test
    @DisplayName("R-APT-1 an offered user who leaves passes the seat on; a waiting user who leaves changes no seat")
    void leavingTheWaitlist() {
        fullDayWithTwoWaiting();
        WaitlistEntry waiting = only(second);
        WaitlistEntry left = h.sdk.appointments().leaveWaitlist(cie(second), new LeaveWaitlist(waiting.id(),
                waiting.version()));
        assertThat(left.status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(left.version()).isEqualTo(waiting.version() + 1);
        assertThat(h.audit(waiting.id())).extracting(AuditEntry::action).contains("WAITLIST_LEFT");
        assertThat(h.sdk.appointments().leaveWaitlist(cie(second), new LeaveWaitlist(left.id(), left.version())))
                .as("leaving again changes nothing").isEqualTo(left);
        UserProfile third = h.citizen();
        join(h, third, ContactMode.IN_PERSON, Interpretation.NONE);
        cancelNine();
        WaitlistEntry offered = only(first);
        h.sdk.appointments().leaveWaitlist(cie(first), new LeaveWaitlist(offered.id(), offered.version()));
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(only(second).status()).isEqualTo(WaitlistStatus.LEFT);
        assertThat(only(third).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
    }

    @Test
    @DisplayName("R-APT-1 an unanswered offer lapses at its expiry and the seat passes on; then it is free again")
    void anOfferLapses() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        h.clock.set(NOON.minus(Duration.ofMinutes(1)));
        h.deliver();
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.OFFERED);
        h.clock.set(NOON);
        fails(() -> h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(offered.id(), offered.version())),
                ErrorCode.APT_NO_OFFER);
        h.deliver();
        WaitlistEntry lapsed = only(first);
        assertThat(lapsed.status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(lapsed.offeredStart()).isNull();
        assertThat(h.audit(offered.id())).extracting(AuditEntry::action).contains("WAITLIST_OFFER_EXPIRED");
        WaitlistEntry next = only(second);
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(next.offerExpiresAt()).isEqualTo(NOON.plus(Duration.ofHours(2)));
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isZero();
        h.clock.set(next.offerExpiresAt());
        h.deliver();
        assertThat(only(second).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(remaining(h, ContactMode.IN_PERSON, Interpretation.NONE, NINE)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 an offer accepted before its expiry books the seat; the lapse task then changes nothing")
    void anOfferAcceptedInTime() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        h.clock.set(NOON.minus(Duration.ofSeconds(1)));
        WaitlistEntry accepted = h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(offered.id(),
                offered.version()));
        h.clock.set(NOON);
        h.deliver();
        assertThat(only(first)).isEqualTo(accepted);
        assertThat(only(second).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(h.sdk.appointments().get(cie(first), accepted.appointment()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("R-APT-1 the hold ends at the minimum notice before the slot when that comes first; offerHold is configurable")
    void theHoldEndsAtTheNotice() {
        fullDayWithTwoWaiting();
        h.clock.set(rome("2026-11-24T07:30"));
        cancelNine();
        assertThat(only(first).offerExpiresAt()).isEqualTo(rome("2026-11-24T08:00"));
        try (CoreFixture quick = AppointmentSmallCalendar.fixture(b -> b.appointments(a -> a.offerHold(
                Duration.ofMinutes(30))))) {
            Appointment taken = book(quick, quick.citizen(), ContactMode.IN_PERSON, NINE);
            book(quick, quick.citizen(), ContactMode.IN_PERSON, NINE_THIRTY);
            UserProfile waiting = quick.citizen();
            join(quick, waiting, ContactMode.IN_PERSON, Interpretation.NONE);
            quick.sdk.appointments().cancel(CoreFixture.FRONT_OFFICE,
                    new CancelAppointment(taken.id(), taken.version(), "Sportello chiuso"));
            assertThat(quick.sdk.appointments().waitlist(cie(waiting)).get(0).offerExpiresAt())
                    .isEqualTo(quick.clock.instant().plus(Duration.ofMinutes(30)));
        }
    }

    @Test
    @DisplayName("R-APT-1 a seat that frees inside the minimum notice is not offered")
    void noOfferInsideTheNotice() {
        fullDayWithTwoWaiting();
        h.clock.set(rome("2026-11-24T08:00"));
        cancelNine();
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(taken()).isZero();
    }

    private long taken() {
        return AppointmentSmallCalendar.taken(h, ContactMode.IN_PERSON, NINE);
    }

    @Test
    @DisplayName("R-APT-1 moving a booking away frees its old seat for the waitlist")
    void aRescheduleFreesTheOldSeat() {
        fullDayWithTwoWaiting();
        h.sdk.appointments().reschedule(cie(early), new RescheduleAppointment(nine.id(), nine.version(),
                rome("2026-11-25T09:00")));
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(only(first).offeredStart()).isEqualTo(NINE);
        assertThat(taken()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-1 only the owner answers an offer, with the version they read")
    void onlyTheOwnerAnswers() {
        fullDayWithTwoWaiting();
        cancelNine();
        WaitlistEntry offered = only(first);
        fails(() -> h.sdk.appointments().acceptOffer(cie(second), new AcceptOffer(offered.id(), offered.version())),
                ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.appointments().declineOffer(cie(first), new DeclineOffer(offered.id(), offered.version() - 1)),
                ErrorCode.CONCURRENT_MODIFICATION);
        fails(() -> h.sdk.appointments().leaveWaitlist(cie(second), new LeaveWaitlist(offered.id(), offered.version())),
                ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.appointments().acceptOffer(cie(first), new AcceptOffer(new WaitlistEntryId(new UUID(0, 1)),
                0)), ErrorCode.APT_WAITLIST_NOT_FOUND);
        WaitlistEntry waiting = only(second);
        fails(() -> h.sdk.appointments().acceptOffer(cie(second), new AcceptOffer(waiting.id(), waiting.version())),
                ErrorCode.APT_NO_OFFER);
        assertThat(only(first)).isEqualTo(offered);
    }

    @Test
    @DisplayName("R-APT-1 accepting a video-call offer needs the video-call assurance")
    void acceptingAVideoOfferNeedsItsAssurance() {
        AssurancePolicy policy = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                AssuranceLevel.HIGH).build();
        try (CoreFixture strict = AppointmentSmallCalendar.fixture(b -> b.assurancePolicy(policy))) {
            UserProfile leaving = strict.citizenWithContacts();
            Appointment call = book(strict, leaving, ContactMode.VIDEO_CALL, NINE);
            book(strict, strict.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE);
            book(strict, strict.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
            book(strict, strict.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
            UserProfile waiting = strict.citizenWithContacts();
            join(strict, waiting, ContactMode.VIDEO_CALL, Interpretation.NONE);
            strict.sdk.appointments().cancel(CoreFixture.FRONT_OFFICE, new CancelAppointment(call.id(),
                    strict.sdk.appointments().get(cie(leaving), call.id()).version(), "Ufficio"));
            WaitlistEntry offered = strict.sdk.appointments().waitlist(cie(waiting)).get(0);
            AcceptOffer accept = new AcceptOffer(offered.id(), offered.version());
            fails(() -> strict.sdk.appointments().acceptOffer(as(waiting), accept), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(strict.sdk.appointments().waitlist(cie(waiting)).get(0)).isEqualTo(offered);
            assertThat(strict.sdk.appointments().acceptOffer(cie(waiting), accept).status())
                    .isEqualTo(WaitlistStatus.ACCEPTED);
        }
    }
}
