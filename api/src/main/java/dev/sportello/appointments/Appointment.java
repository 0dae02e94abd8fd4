package dev.sportello.appointments;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.PhoneNumber;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An appointment as its user or an operator of its office sees it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id             the id, also the UID of its calendar invitation, not null
 * @param owner          the user it is for, not null
 * @param bookedBy       who booked it (the user, a delegate, an intermediary), not null
 * @param office         the office, not null
 * @param topic          the topic code, not null
 * @param mode           the contact mode, not null
 * @param start          the start, not null
 * @param end            the end, not null
 * @param zone           the office's zone, not null
 * @param signLanguage   whether a sign-language operator serves it
 * @param operator       the operator assigned (sign language) or serving it, or null
 * @param status         the status, not null
 * @param joinLink       the video call's link, or null for other modes
 * @param callbackNumber the number to call back, or null for other modes
 * @param sequence       the invitation's sequence number, raised by each reschedule and the cancellation
 * @param identityCheck  the user's identity check, or null
 * @param assistance     the assistance, or null
 * @param outcome        the outcome code once completed, or null
 * @param outcomeText    the outcome's text, or null
 * @param cancelReason   why it was cancelled, or null
 * @param createdAt      when it was booked, not null
 * @param updatedAt      when it last changed, not null
 * @param version        the optimistic-lock version
 */
public record Appointment(AppointmentId id, UserId owner, PartyId bookedBy, OfficeCode office, String topic,
                          ContactMode mode, Instant start, Instant end, ZoneId zone, boolean signLanguage,
                          OperatorId operator, AppointmentStatus status, URI joinLink, PhoneNumber callbackNumber,
                          int sequence, IdentityCheck identityCheck, Assistance assistance, String outcome,
                          String outcomeText, String cancelReason, Instant createdAt, Instant updatedAt, long version) {
    /** Checks the mandatory components. */
    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The start on the office's wall clock. */
    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }
}
