package dev.sportello.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Opens the virtual room of a video call (R-APT-3): the integrator's web-meeting system. Called inside
 * the booking's transaction, so it must be fast and idempotent per appointment (a retried booking asks
 * again for the same room). {@code adapters/memory} has a deterministic provider for tests and demos.
 *
 * <p>Implementations are thread-safe.
 */
public interface MeetingProvider {
    /**
     * A room for an appointment.
     *
     * @param request the appointment's room, not null
     * @return the room
     */
    MeetingRoom open(MeetingRequest request);

    /**
     * Releases a room after a cancellation or a reschedule (the default does nothing). Failures are the
     * provider's to log: the cancellation goes on.
     *
     * @param room the room, not null
     */
    default void close(MeetingRoom room) {
        // rooms without a life cycle need nothing
    }

    /**
     * What a room is for.
     *
     * @param appointmentId the appointment's id, stable across reschedules, not null
     * @param office        the office code, not null
     * @param start         the start, not null
     * @param end           the end, not null
     */
    record MeetingRequest(String appointmentId, String office, Instant start, Instant end) {
        /** Checks the components. */
        public MeetingRequest {
            Objects.requireNonNull(appointmentId, "appointmentId");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * A room.
     *
     * @param joinLink the link the user opens at the booked time, https, not null
     */
    record MeetingRoom(URI joinLink) {
        /** Checks the link. */
        public MeetingRoom {
            Objects.requireNonNull(joinLink, "joinLink");
            if (!"https".equalsIgnoreCase(joinLink.getScheme())) {
                throw new IllegalArgumentException("a join link uses https");
            }
        }
    }
}
