package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.MeetingProvider.MeetingRequest;
import dev.sportello.appointments.spi.MeetingProvider.MeetingRoom;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.core.internal.appointments.AppointmentTasks.RoomFor;
import dev.sportello.core.internal.kernel.RemoteTask;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Office;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The meeting rooms of video calls, opened and closed after commit by the dispatcher (never inside a
 * transaction): a booking or a reschedule schedules {@link AppointmentTasks#OPEN_ROOM}; the call to the
 * provider is idempotent per appointment and sequence; recording the room stores its link and sends the
 * confirmation, or, if the appointment was cancelled or moved meanwhile, schedules the room's closing.
 * A cancellation, a reschedule, a no-show and a completion close the room they leave behind.
 *
 * <p>Thread-safe.
 */
final class MeetingRooms {
    private final Optional<MeetingProvider> provider;
    private final Calendars calendars;
    private final AppointmentMessages messages;

    MeetingRooms(Optional<MeetingProvider> provider, Calendars calendars, AppointmentMessages messages) {
        this.provider = provider;
        this.calendars = calendars;
        this.messages = messages;
    }

    private MeetingProvider provider() {
        return provider.orElseThrow(() -> SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "meetings")));
    }

    /** Closes the room an appointment leaves behind, after commit. */
    static void closeLater(Tx tx, AppointmentRecord r) {
        if (r.joinLink() != null) {
            tx.schedule(AppointmentTasks.CLOSE_ROOM, URI.create(r.joinLink()), tx.now(), null);
        }
    }

    RemoteTask<RoomFor, MeetingRoom> opening() {
        return new RemoteTask<>() {
            @Override
            public MeetingRoom call(RoomFor room) {
                return provider().open(new MeetingRequest(room.idempotencyKey(), room.appointment().toString(),
                        room.office().value(), room.start(), room.end()));
            }

            @Override
            public void record(Tx tx, RoomFor room, MeetingRoom opened) {
                AppointmentRecord r = tx.store(AppointmentStore.class).find(room.appointment()).orElse(null);
                String link = opened.joinLink().toString();
                if (r != null && link.equals(r.joinLink())) {
                    return;
                }
                boolean wanted = r != null && r.sequence() == room.sequence() && r.joinLink() == null
                        && (r.status() == AppointmentStatus.BOOKED || r.status() == AppointmentStatus.WAITING);
                if (!wanted) {
                    tx.schedule(AppointmentTasks.CLOSE_ROOM, opened.joinLink(), tx.now(), null);
                    return;
                }
                AppointmentRecord changed = AppointmentRules.save(tx, r, r.toBuilder().joinLink(link));
                Office office = calendars.offices().require(r.office());
                String topic = calendars.find(office, r.topic()).map(c -> c.topic().title()).orElse(r.topic().code());
                messages.roomOpened(tx, changed, office, topic);
                tx.audit("APPOINTMENT_ROOM_OPENED", r.id());
                tx.event(AppointmentEvents.ROOM_OPENED, r.id(), Map.of("office", r.office().value()));
            }
        };
    }

    RemoteTask<URI, Boolean> closing() {
        return new RemoteTask<>() {
            @Override
            public Boolean call(URI link) {
                provider().close(new MeetingRoom(link));
                return Boolean.TRUE;
            }

            @Override
            public void record(Tx tx, URI link, Boolean closed) {
                // nothing to store: the provider holds the room's life cycle
            }
        };
    }
}
