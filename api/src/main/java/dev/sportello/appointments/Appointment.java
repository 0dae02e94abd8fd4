package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An appointment as its user or an operator of its office sees it. What depends on the state (the
 * serving operator, the outcome, the cancellation reason) is in {@link #state()}; what depends on the
 * contact mode (the join link, the number to call back) in {@link #contact()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id             the id, also the UID of its calendar invitation, not null
 * @param owner          the user it is for, not null
 * @param bookedBy       who booked it (the user, a delegate, an intermediary), not null
 * @param office         the office, not null
 * @param topic          the topic, not null
 * @param start          the start, not null
 * @param end            the end, not null
 * @param zone           the office's zone, not null
 * @param contact        how the user and the office meet, not null
 * @param interpretation the interpreting the call needs, not null
 * @param interpreter    the sign-language operator reserved for it, empty unless
 *                       {@link Interpretation#SIGN_LANGUAGE}, not null
 * @param state          where it stands, not null
 * @param identityCheck  the user's identity check, once recorded (R-APT-5), not null
 * @param assistance     the assistance, once the user consented to it (R-APT-5, R-DEL-4), not null
 * @param sequence       the invitation's sequence number, raised by each reschedule and the cancellation
 * @param createdAt      when it was booked, not null
 * @param updatedAt      when it last changed, not null
 * @param version        the optimistic-lock version
 */
public record Appointment(AppointmentId id, UserId owner, PartyId bookedBy, OfficeCode office, TopicCode topic,
                          Instant start, Instant end, ZoneId zone, ContactDetails contact, Interpretation interpretation,
                          Optional<OperatorId> interpreter, AppointmentState state, Optional<IdentityCheck> identityCheck,
                          Optional<Assistance> assistance, int sequence, Instant createdAt, Instant updatedAt,
                          long version) {
    /** Checks the components. */
    public Appointment {
        Arguments.required(id, "Appointment", "id");
        Arguments.required(owner, "Appointment", "owner");
        Arguments.required(bookedBy, "Appointment", "bookedBy");
        Arguments.required(office, "Appointment", "office");
        Arguments.required(topic, "Appointment", "topic");
        Arguments.required(start, "Appointment", "start");
        Arguments.required(end, "Appointment", "end");
        Arguments.required(zone, "Appointment", "zone");
        Arguments.required(contact, "Appointment", "contact");
        Arguments.required(interpretation, "Appointment", "interpretation");
        Arguments.required(interpreter, "Appointment", "interpreter");
        Arguments.required(state, "Appointment", "state");
        Arguments.required(identityCheck, "Appointment", "identityCheck");
        Arguments.required(assistance, "Appointment", "assistance");
        Arguments.required(createdAt, "Appointment", "createdAt");
        Arguments.required(updatedAt, "Appointment", "updatedAt");
    }

    /** The contact mode; never null. */
    public ContactMode mode() {
        return contact.mode();
    }

    /** The plain status; never null. */
    public AppointmentStatus status() {
        return state.status();
    }

    /** The start on the office's wall clock. */
    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }
}
