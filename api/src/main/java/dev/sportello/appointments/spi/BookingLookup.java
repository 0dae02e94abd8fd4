package dev.sportello.appointments.spi;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;

/**
 * What a booking reads before it writes ({@link AppointmentStore#forBooking}): the owner's earlier
 * appointment under the idempotency key, the owner with contact points and consents, and the office's
 * closures on the slot's day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param owner          the owner, not null
 * @param idempotencyKey the key of the booking, not null
 * @param office         the office, not null
 * @param day            the slot's day in the office's zone, not null
 * @since 1.1
 */
public record BookingLookup(UserId owner, String idempotencyKey, OfficeCode office, LocalDate day) {
    /** Checks the components. */
    public BookingLookup {
        Arguments.required(owner, "BookingLookup", "owner");
        Arguments.required(idempotencyKey, "BookingLookup", "idempotencyKey");
        Arguments.required(office, "BookingLookup", "office");
        Arguments.required(day, "BookingLookup", "day");
    }
}
