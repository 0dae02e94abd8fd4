package dev.sportello.core.internal.appointments;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.InterceptedStorage;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.NINE_THIRTY;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.book;
import static dev.sportello.core.internal.appointments.AppointmentSmallCalendar.events;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the appointments area needs and shares: its store, unknown ids, and recording opened rooms (docs/appointments.md). */
class AppointmentRulesWiringTest {
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("R-APT-1 the SDK is not built over a storage without the appointment store")
    void theAppointmentStoreIsRequired() {
        assertThatThrownBy(() -> new CoreFixture(storage -> InterceptedStorage.without(storage, AppointmentStore.class), b -> { }))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_STORE_MISSING);
                    assertThat(e.details()).containsEntry("store", "AppointmentStore");
                });
    }

    @Test
    @DisplayName("R-APT-1 an unknown appointment is APT_NOT_FOUND, whether read, changed or joined")
    void unknownAppointments() {
        AppointmentId unknown = new AppointmentId(new UUID(0, 7));
        UserProfile user = h.citizenWithContacts();
        SportelloException read = fails(() -> h.sdk.appointments().get(cie(user), unknown), ErrorCode.APT_NOT_FOUND);
        assertThat(read.details()).containsEntry("appointmentId", unknown.toString());
        fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(unknown, 0, "No")),
                ErrorCode.APT_NOT_FOUND);
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(unknown, "123456")), ErrorCode.APT_NOT_FOUND);
        fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(unknown, 0)), ErrorCode.APT_NOT_FOUND);
    }

    @Test
    @DisplayName("R-APT-3 the room opened after commit is recorded on the call, audited and published once")
    void theOpenedRoomIsRecorded() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).doesNotContain("APPOINTMENT_ROOM_OPENED");
        h.deliver();
        h.deliver();
        assertThat(h.audit(booked.id())).extracting(AuditEntry::action).containsOnlyOnce("APPOINTMENT_ROOM_OPENED");
        assertThat(events(h, AppointmentEvents.ROOM_OPENED, booked.id())).singleElement().satisfies(e ->
                assertThat(e.attributes()).containsEntry("office", TestOffices.ROMA.value()));
        assertThat(h.sdk.appointments().get(cie(user), booked.id()).version()).isEqualTo(booked.version() + 1);
        assertThat(h.meetings.openRooms()).hasSize(1);
    }

    @Test
    @DisplayName("R-APT-3 a room that opens after its call was cancelled is closed at once and never recorded")
    void aRoomOpenedTooLateIsClosed() {
        DeterministicMeetings rooms = new DeterministicMeetings();
        AtomicReference<Runnable> whileOpening = new AtomicReference<>(() -> { });
        MeetingProvider slow = slow(rooms, whileOpening);
        try (CoreFixture f = AppointmentSmallCalendar.fixture(b -> b.appointments(a -> a.meetingProvider(slow)))) {
            UserProfile user = f.citizenWithContacts();
            Appointment booked = book(f, user, ContactMode.VIDEO_CALL, NINE);
            whileOpening.set(() -> f.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(),
                    booked.version(), "Non serve più")));
            f.deliver();
            f.deliver();
            Appointment cancelled = f.sdk.appointments().get(cie(user), booked.id());
            assertThat(((ContactDetails.VideoCall) cancelled.contact()).joinLink()).isEmpty();
            assertThat(f.audit(booked.id())).extracting(AuditEntry::action).doesNotContain("APPOINTMENT_ROOM_OPENED");
            assertThat(rooms.openRooms()).isEmpty();
            assertThat(rooms.openCalls()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("R-APT-3 a room that opens after its call was moved is closed; the new time gets a room of its own")
    void aRoomOpenedForTheOldTimeIsClosed() {
        DeterministicMeetings rooms = new DeterministicMeetings();
        AtomicReference<Runnable> whileOpening = new AtomicReference<>(() -> { });
        try (CoreFixture f = AppointmentSmallCalendar.fixture(b -> b.appointments(a -> a.meetingProvider(
                slow(rooms, whileOpening))))) {
            UserProfile user = f.citizenWithContacts();
            Appointment booked = book(f, user, ContactMode.VIDEO_CALL, NINE);
            whileOpening.set(() -> f.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(),
                    booked.version(), NINE_THIRTY)));
            f.deliver();
            f.deliver();
            Appointment moved = f.sdk.appointments().get(cie(user), booked.id());
            URI link = ((ContactDetails.VideoCall) moved.contact()).joinLink().orElseThrow();
            assertThat(rooms.openRooms()).containsExactly(link);
            assertThat(rooms.openCalls()).isEqualTo(2);
            assertThat(f.audit(booked.id())).extracting(AuditEntry::action).containsOnlyOnce("APPOINTMENT_ROOM_OPENED");
        }
    }

    @Test
    @DisplayName("R-APT-3 a room that opens only after the user entered the waiting room is still recorded")
    void aLateRoomOfAWaitingCallIsRecorded() {
        UserProfile user = h.citizenWithContacts();
        h.meetings.failNextOpens(1);
        Appointment booked = book(h, user, ContactMode.VIDEO_CALL, NINE);
        h.deliver();
        String code = h.smsTo(user).stream().filter(s -> s.oneTimeCode() != null).reduce((a, b) -> b).orElseThrow()
                .oneTimeCode();
        assertThat(((ContactDetails.VideoCall) h.sdk.appointments().get(cie(user), booked.id()).contact()).joinLink())
                .as("the provider failed").isEmpty();
        h.clock.set(NINE.minus(Duration.ofMinutes(5)));
        h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code));
        h.deliver();
        Appointment waiting = h.sdk.appointments().get(cie(user), booked.id());
        assertThat(waiting.status()).isEqualTo(AppointmentStatus.WAITING);
        URI link = ((ContactDetails.VideoCall) waiting.contact()).joinLink().orElseThrow();
        assertThat(h.meetings.isOpen(link)).isTrue();
    }

    /** A provider that runs {@code whileOpening} (once) before it opens a room, as if a change raced the opening. */
    private static MeetingProvider slow(DeterministicMeetings rooms, AtomicReference<Runnable> whileOpening) {
        return new MeetingProvider() {
            @Override
            public MeetingRoom open(MeetingRequest request) {
                whileOpening.getAndSet(() -> { }).run();
                return rooms.open(request);
            }

            @Override
            public void close(MeetingRoom room) {
                rooms.close(room);
            }
        };
    }
}
