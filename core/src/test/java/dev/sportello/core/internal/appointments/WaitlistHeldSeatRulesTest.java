package dev.sportello.core.internal.appointments;

import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.CloseDay;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.TUESDAY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.join;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.taken;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** What an offer holds (a seat, a sign-language operator's time) and what a day closure does to the waitlist (R-APT-6). */
class WaitlistHeldSeatRulesTest {
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    private WaitlistEntry only(UserProfile user) {
        return h.sdk.appointments().waitlist(cie(user)).get(0);
    }

    private void cancel(UserProfile user, Appointment a) {
        Appointment current = h.sdk.appointments().get(cie(user), a.id());
        h.sdk.appointments().cancel(cie(user), new CancelAppointment(a.id(), current.version(), "Non posso"));
    }

    /** The interpreter's free time at 09:00, as the pension calendar (sharing the operator) shows it. */
    private int interpreterFreeAtNine() {
        return h.sdk.appointments().availability(PORTAL, new AvailabilityQuery(TestOffices.ROMA,
                TestOffices.PENSION_INFO.code(), ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, Interpretation.SIGN_LANGUAGE))
                .slots().stream().filter(s -> s.start().equals(NINE)).findFirst().orElseThrow().remaining();
    }

    private final class VideoDay {
        final UserProfile hearingAtNine = h.citizenWithContacts();
        final UserProfile deafAtNine = h.deaf(h.citizenWithContacts());
        final Appointment hearing = book(h, hearingAtNine, ContactMode.VIDEO_CALL, NINE);
        final Appointment signed = book(h, deafAtNine, ContactMode.VIDEO_CALL, NINE, Interpretation.SIGN_LANGUAGE);
        final UserProfile deafWaiting = h.deaf(h.citizenWithContacts());
        final UserProfile hearingWaiting = h.citizenWithContacts();

        /** Fills Tuesday by video; a deaf user waits with sign language, then a hearing user without. */
        VideoDay() {
            book(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
            book(h, h.citizenWithContacts(), ContactMode.VIDEO_CALL, NINE_THIRTY);
            join(h, deafWaiting, ContactMode.VIDEO_CALL, Interpretation.SIGN_LANGUAGE);
            h.clock.advance(Duration.ofMinutes(1));
            join(h, hearingWaiting, ContactMode.VIDEO_CALL, Interpretation.NONE);
        }
    }

    @Test
    @DisplayName("R-APT-6 a seat without a free interpreter skips the sign-language user and goes to the next")
    void noInterpreterSkipsTheSignLanguageUser() {
        VideoDay day = new VideoDay();
        cancel(day.hearingAtNine, day.hearing);
        assertThat(only(day.deafWaiting).status()).isEqualTo(WaitlistStatus.WAITING);
        WaitlistEntry offered = only(day.hearingWaiting);
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offeredStart()).isEqualTo(NINE);
    }

    @Test
    @DisplayName("R-APT-6 a sign-language offer holds the interpreter's time; accepting books the call with them")
    void aSignLanguageOfferHoldsTheInterpreter() {
        VideoDay day = new VideoDay();
        cancel(day.deafAtNine, day.signed);
        assertThat(interpreterFreeAtNine()).as("the interpreter is held").isZero();
        WaitlistEntry offered = only(day.deafWaiting);
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(only(day.hearingWaiting).status()).isEqualTo(WaitlistStatus.WAITING);
        WaitlistEntry accepted = h.sdk.appointments().acceptOffer(cie(day.deafWaiting), new AcceptOffer(offered.id(),
                offered.version()));
        Appointment call = h.sdk.appointments().get(cie(day.deafWaiting), accepted.appointment());
        assertThat(call.interpretation()).isEqualTo(Interpretation.SIGN_LANGUAGE);
        assertThat(call.interpreter()).contains(TestOffices.ROMA_SIGN_LANGUAGE);
        assertThat(call.mode()).isEqualTo(ContactMode.VIDEO_CALL);
        assertThat(interpreterFreeAtNine()).isZero();
        cancel(day.deafWaiting, call);
        assertThat(only(day.hearingWaiting).status()).as("the freed seat goes to the next user").isEqualTo(
                WaitlistStatus.OFFERED);
        assertThat(interpreterFreeAtNine()).as("the interpreter's time is given back").isEqualTo(1);
    }

    @Test
    @DisplayName("R-APT-6 a lapsed sign-language offer gives the interpreter's time back")
    void aLapsedOfferGivesTheInterpreterBack() {
        VideoDay day = new VideoDay();
        cancel(day.deafAtNine, day.signed);
        WaitlistEntry offered = only(day.deafWaiting);
        h.clock.set(offered.offerExpiresAt());
        h.deliver();
        assertThat(only(day.deafWaiting).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(interpreterFreeAtNine()).isEqualTo(1);
        WaitlistEntry next = only(day.hearingWaiting);
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(taken(h, ContactMode.VIDEO_CALL, NINE)).isEqualTo(2);
    }

    @Test
    @DisplayName("R-APT-6 a sign-language user is offered only a slot that an interpreter works")
    void noOfferOutsideTheInterpretersHours() {
        try (CoreFixture f = AppointmentSmallCalendar.withEarlyCalendar()) {
            UserProfile deaf = f.deaf(f.citizenWithContacts());
            WaitlistEntry waiting = f.sdk.appointments().joinWaitlist(cie(deaf), new JoinWaitlist(TestOffices.ROMA,
                    AppointmentSmallCalendar.EARLY.code(), ContactMode.VIDEO_CALL, TUESDAY, Interpretation.SIGN_LANGUAGE));
            assertThat(waiting.status()).as("no interpreter works before 09:00").isEqualTo(WaitlistStatus.WAITING);
            UserProfile hearing = f.citizenWithContacts();
            Appointment eight = f.sdk.appointments().book(cie(hearing), BookAppointment.of(f.key(), TestOffices.ROMA,
                    AppointmentSmallCalendar.EARLY.code(), ContactMode.VIDEO_CALL, rome("2026-11-24T08:00")));
            f.sdk.appointments().cancel(CoreFixture.FRONT_OFFICE, new CancelAppointment(eight.id(),
                    f.sdk.appointments().get(cie(hearing), eight.id()).version(), "Ufficio"));
            assertThat(f.sdk.appointments().waitlist(cie(deaf))).singleElement().satisfies(e ->
                    assertThat(e.status()).isEqualTo(WaitlistStatus.WAITING));
        }
    }

    @Test
    @DisplayName("R-APT-1 closing a day cancels its bookings with the office's reason and its waitlist, held seats included")
    void closingADayCancelsItsWaitlist() {
        UserProfile early = h.citizen();
        UserProfile late = h.citizenWithContacts();
        Appointment nine = book(h, early, ContactMode.IN_PERSON, NINE);
        Appointment nineThirty = book(h, late, ContactMode.IN_PERSON, NINE_THIRTY);
        UserProfile first = h.citizenWithContacts();
        UserProfile second = h.citizenWithContacts();
        join(h, first, ContactMode.IN_PERSON, Interpretation.NONE);
        h.clock.advance(Duration.ofMinutes(1));
        join(h, second, ContactMode.IN_PERSON, Interpretation.NONE);
        cancel(early, nine);
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.OFFERED);
        h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TestOffices.ROMA, TUESDAY, "Sciopero"));
        assertThat(only(first).status()).isEqualTo(WaitlistStatus.CANCELLED);
        assertThat(only(first).offeredStart()).isNull();
        assertThat(only(second).status()).isEqualTo(WaitlistStatus.CANCELLED);
        assertThat(h.messages(second)).extracting(MessageView::kind).doesNotContain(AppointmentMessageKinds.WAITLIST_OFFER);
        Appointment closed = h.sdk.appointments().get(cie(late), nineThirty.id());
        assertThat(closed.state()).isEqualTo(new AppointmentState.Cancelled("Sciopero"));
        assertThat(h.messages(late)).extracting(MessageView::kind).contains(AppointmentMessageKinds.CANCELLED);
        assertThat(h.sdk.appointments().get(cie(early), nine.id()).state()).as("an earlier cancellation keeps its reason")
                .isEqualTo(new AppointmentState.Cancelled("Non posso"));
        assertThat(taken(h, ContactMode.IN_PERSON, NINE)).isZero();
        assertThat(taken(h, ContactMode.IN_PERSON, NINE_THIRTY)).isZero();
        assertThat(book(h, late, ContactMode.IN_PERSON, rome("2026-11-25T09:00")).status())
                .as("the active booking was given back").isEqualTo(AppointmentStatus.BOOKED);
    }
}
