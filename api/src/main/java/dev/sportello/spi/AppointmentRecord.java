package dev.sportello.spi;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An appointment as stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                 the id, not null
 * @param owner              the user, not null
 * @param bookedBy           who booked it, not null
 * @param office             the office, not null
 * @param topic              the topic code, not null
 * @param mode               the contact mode, not null
 * @param start              the start, not null
 * @param end                the end, not null
 * @param zone               the office's zone, not null
 * @param day                the start's day in the office's zone (for agendas and closures), not null
 * @param signLanguage       whether a sign-language operator serves it
 * @param operator           the operator assigned or serving, or null
 * @param status             the status, not null
 * @param idempotencyKey     the booking's idempotency key, unique per owner, not null
 * @param joinLink           the video call's link, or null
 * @param callbackNumber     the number to call back, or null
 * @param admissionCodeHash  the salted hash of the video call's admission code, or null
 * @param admissionAttempts  wrong admission codes entered so far
 * @param sequence           the invitation's sequence number
 * @param waitingSince       when the user entered the waiting room, or null
 * @param identityCheck      the user's identity check, or null
 * @param assistance         the assistance, or null
 * @param outcome            the outcome code, or null
 * @param outcomeText        the outcome text, or null
 * @param cancelReason       the cancellation reason, or null
 * @param createdAt          creation time, not null
 * @param updatedAt          last change, not null
 * @param version            optimistic-locking version
 */
public record AppointmentRecord(AppointmentId id, UserId owner, PartyId bookedBy, OfficeCode office, String topic,
                                ContactMode mode, Instant start, Instant end, ZoneId zone, LocalDate day,
                                boolean signLanguage, OperatorId operator, AppointmentStatus status,
                                String idempotencyKey, String joinLink, PhoneNumber callbackNumber,
                                String admissionCodeHash, int admissionAttempts, int sequence, Instant waitingSince,
                                IdentityCheck identityCheck, Assistance assistance, String outcome, String outcomeText,
                                String cancelReason, Instant createdAt, Instant updatedAt, long version) {
    /** Checks the mandatory components. */
    public AppointmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A copy to be saved as the next version.
     *
     * @param changes the changes to apply to a builder holding this record
     * @param now     the time of the change
     * @return the changed record, with {@code version + 1}
     */
    public AppointmentRecord with(java.util.function.Consumer<Builder> changes, Instant now) {
        Builder b = new Builder(this);
        changes.accept(b);
        return b.build(now, version + 1);
    }

    /** A mutable copy of a record, for {@link #with}; not thread-safe. */
    public static final class Builder {
        private final AppointmentRecord from;
        /** The operator. */
        public OperatorId operator;
        /** The status. */
        public AppointmentStatus status;
        /** The start. */
        public Instant start;
        /** The end. */
        public Instant end;
        /** The day. */
        public LocalDate day;
        /** The join link. */
        public String joinLink;
        /** The admission code hash. */
        public String admissionCodeHash;
        /** The wrong attempts. */
        public int admissionAttempts;
        /** The sequence. */
        public int sequence;
        /** When the user started waiting. */
        public Instant waitingSince;
        /** The identity check. */
        public IdentityCheck identityCheck;
        /** The assistance. */
        public Assistance assistance;
        /** The outcome. */
        public String outcome;
        /** The outcome text. */
        public String outcomeText;
        /** The cancellation reason. */
        public String cancelReason;

        private Builder(AppointmentRecord r) {
            from = r;
            operator = r.operator;
            status = r.status;
            start = r.start;
            end = r.end;
            day = r.day;
            joinLink = r.joinLink;
            admissionCodeHash = r.admissionCodeHash;
            admissionAttempts = r.admissionAttempts;
            sequence = r.sequence;
            waitingSince = r.waitingSince;
            identityCheck = r.identityCheck;
            assistance = r.assistance;
            outcome = r.outcome;
            outcomeText = r.outcomeText;
            cancelReason = r.cancelReason;
        }

        private AppointmentRecord build(Instant now, long version) {
            return new AppointmentRecord(from.id, from.owner, from.bookedBy, from.office, from.topic, from.mode, start, end,
                    from.zone, day, from.signLanguage, operator, status, from.idempotencyKey, joinLink, from.callbackNumber,
                    admissionCodeHash, admissionAttempts, sequence, waitingSince, identityCheck, assistance, outcome,
                    outcomeText, cancelReason, from.createdAt, now, version);
        }
    }
}
