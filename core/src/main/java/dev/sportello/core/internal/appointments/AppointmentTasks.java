package dev.sportello.core.internal.appointments;

import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.offices.OfficeCode;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The tasks the appointments area schedules for itself; their names are persisted with the outbox entries. */
final class AppointmentTasks {
    /** A booked appointment whose user has not shown up by the end of the grace period becomes a no-show. */
    static final TaskType<AppointmentId> NO_SHOW = TaskType.ofId("appointment.no-show", "appointmentId", AppointmentId::of);
    /** A waitlist offer still pending at its expiry lapses, and the seat passes on. */
    static final TaskType<WaitlistEntryId> OFFER_EXPIRY = TaskType.ofId("appointment.offer-expiry", "entryId",
            WaitlistEntryId::of);
    /** Opens the meeting room of a video call after commit, for one sequence of its invitation. */
    static final TaskType<RoomFor> OPEN_ROOM = new TaskType<>("appointment.open-room",
            r -> Map.of("appointmentId", r.appointment().toString(), "sequence", Integer.toString(r.sequence()),
                    "office", r.office().value(), "start", r.start().toString(), "end", r.end().toString()),
            m -> new RoomFor(AppointmentId.of(m.get("appointmentId")), Integer.parseInt(m.get("sequence")),
                    new OfficeCode(m.get("office")), Instant.parse(m.get("start")), Instant.parse(m.get("end"))));
    /** Closes a meeting room that is no longer needed (cancelled, moved, finished), after commit. */
    static final TaskType<URI> CLOSE_ROOM = new TaskType<>("appointment.close-room",
            link -> Map.of("joinLink", link.toString()), m -> URI.create(m.get("joinLink")));

    private AppointmentTasks() {
    }

    /**
     * The room of one version of a video call's invitation.
     *
     * @param appointment the appointment
     * @param sequence    the invitation's sequence: a reschedule raises it and needs a new room
     * @param office      the office
     * @param start       the start of that version
     * @param end         its end
     */
    record RoomFor(AppointmentId appointment, int sequence, OfficeCode office, Instant start, Instant end) {
        static RoomFor of(AppointmentRecord r) {
            return new RoomFor(r.id(), r.sequence(), r.office(), r.start(), r.end());
        }

        /** The meeting provider's idempotency key of this room. */
        String idempotencyKey() {
            return appointment + "#" + sequence;
        }
    }
}
