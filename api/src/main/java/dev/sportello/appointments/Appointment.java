package dev.sportello.appointments;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
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
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(interpreter, "interpreter");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(identityCheck, "identityCheck");
        Objects.requireNonNull(assistance, "assistance");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
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
