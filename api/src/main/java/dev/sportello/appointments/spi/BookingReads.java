package dev.sportello.appointments.spi;

import dev.sportello.Arguments;
import dev.sportello.offices.Closure;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.UserRecord;

import java.util.List;
import java.util.Optional;

/**
 * What {@link AppointmentStore#forBooking} read, as the single stores would have returned it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param earlier  the owner's appointment under the idempotency key
 *                 ({@link AppointmentStore#findByIdempotencyKey}), not null
 * @param owner    the owner with contact points ({@link dev.sportello.users.spi.UserStore#find}), not null
 * @param consents the owner's consent history, oldest first
 *                 ({@link dev.sportello.users.spi.ConsentStore#history}), not null; empty for an unknown owner
 * @param closures the office's closures on the day ({@link dev.sportello.offices.spi.ClosureStore#between}),
 *                 not null
 * @since 1.1
 */
public record BookingReads(Optional<AppointmentRecord> earlier, Optional<UserRecord> owner, List<ConsentEvent> consents,
                           List<Closure> closures) {
    /** Checks and copies the components. */
    public BookingReads {
        Arguments.required(earlier, "BookingReads", "earlier");
        Arguments.required(owner, "BookingReads", "owner");
        consents = Arguments.list(consents, "BookingReads", "consents");
        closures = Arguments.list(closures, "BookingReads", "closures");
    }
}
