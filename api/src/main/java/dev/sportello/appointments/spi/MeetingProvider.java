package dev.sportello.appointments.spi;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * The integrator's web-meeting system, which opens and closes the virtual rooms of video calls
 * (R-APT-3). {@code adapters/memory} has a deterministic provider for tests and demos.
 *
 * <p>The SDK never calls it inside a transaction: a booking stores the appointment and an outbox task;
 * after commit the dispatcher opens the room, then records the link and sends the confirmation. So a
 * booking that loses the race for the last seat opens no room, and a transaction re-run by the storage
 * opens one room, not two. {@link #open} must be idempotent per {@link MeetingRequest#idempotencyKey()}:
 * a retried task asks again for the same room. A room that is no longer needed (cancelled or moved
 * appointment) is closed with {@link #close}, also from the outbox, with retries.
 *
 * <p>Implementations are thread-safe.
 */
public interface MeetingProvider {
    /**
     * Opens (or returns the already open) room for a request.
     *
     * @param request the appointment's room, not null
     * @return the room, never null
     */
    MeetingRoom open(MeetingRequest request);

    /**
     * Closes a room; closing a room that is closed already does nothing. The default does nothing, for
     * providers whose rooms have no life cycle. Throwing makes the SDK retry later.
     *
     * @param room the room, not null
     */
    default void close(MeetingRoom room) {
        // rooms without a life cycle need nothing
    }

    /**
     * What a room is for.
     *
     * @param idempotencyKey the key of this room: the appointment's id and the invitation's sequence, so a
     *                       rescheduled appointment gets a new room and a retried request the same one;
     *                       not null
     * @param appointmentId  the appointment's id, stable across reschedules, not null
     * @param office         the office code, not null
     * @param start          the start, not null
     * @param end            the end, after the start, not null
     */
    record MeetingRequest(String idempotencyKey, String appointmentId, String office, Instant start, Instant end) {
        /** Checks the components. */
        public MeetingRequest {
            if (idempotencyKey == null || appointmentId == null || office == null || start == null || end == null
                    || !end.isAfter(start)) {
                throw SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, Map.of("type", "MeetingRequest",
                        "field", "request"));
            }
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
            if (joinLink == null || !"https".equalsIgnoreCase(joinLink.getScheme()) || joinLink.getHost() == null) {
                throw SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, Map.of("type", "MeetingRoom",
                        "field", "joinLink"));
            }
        }
    }
}
