package dev.sportello.appointments.spi;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.Interpretation;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An appointment as stored. Seats are not counted here but with the counters of the same transaction.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class AppointmentRecord {
    private record Fields(AppointmentId id, UserId owner, PartyId bookedBy, OfficeCode office,
                          TopicCode topic, ContactMode mode, Instant start, Instant end, ZoneId zone,
                          LocalDate day, Interpretation interpretation, OperatorId operator,
                          AppointmentStatus status, String idempotencyKey, String joinLink,
                          PhoneNumber callbackNumber, String admissionCodeHash, int admissionAttempts,
                          int sequence, Instant waitingSince, IdentityCheck identityCheck,
                          Assistance assistance, String outcome, String outcomeText, String cancelReason,
                          Instant createdAt, Instant updatedAt, long version) {
    }

    private final Fields f;

    private AppointmentRecord(Fields f) {
        this.f = f;
    }

    /** A builder with every field unset; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's fields, to derive a changed copy; not thread-safe. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = f.id;
        b.owner = f.owner;
        b.bookedBy = f.bookedBy;
        b.office = f.office;
        b.topic = f.topic;
        b.mode = f.mode;
        b.start = f.start;
        b.end = f.end;
        b.zone = f.zone;
        b.day = f.day;
        b.interpretation = f.interpretation;
        b.operator = f.operator;
        b.status = f.status;
        b.idempotencyKey = f.idempotencyKey;
        b.joinLink = f.joinLink;
        b.callbackNumber = f.callbackNumber;
        b.admissionCodeHash = f.admissionCodeHash;
        b.admissionAttempts = f.admissionAttempts;
        b.sequence = f.sequence;
        b.waitingSince = f.waitingSince;
        b.identityCheck = f.identityCheck;
        b.assistance = f.assistance;
        b.outcome = f.outcome;
        b.outcomeText = f.outcomeText;
        b.cancelReason = f.cancelReason;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public AppointmentId id() { return f.id; }

    /** The user it is for; never null. */
    public UserId owner() { return f.owner; }

    /** Who booked it; never null. */
    public PartyId bookedBy() { return f.bookedBy; }

    /** The office; never null. */
    public OfficeCode office() { return f.office; }

    /** The topic; never null. */
    public TopicCode topic() { return f.topic; }

    /** The contact mode; never null. */
    public ContactMode mode() { return f.mode; }

    /** The start; never null. */
    public Instant start() { return f.start; }

    /** The end; never null. */
    public Instant end() { return f.end; }

    /** The office's zone; never null. */
    public ZoneId zone() { return f.zone; }

    /** The start's day in the office's zone (agendas, closures); never null. */
    public LocalDate day() { return f.day; }

    /** The interpreting the call needs; never null. */
    public Interpretation interpretation() { return f.interpretation; }

    /** The operator assigned (sign language) or serving it; may be null. */
    public OperatorId operator() { return f.operator; }

    /** The status; never null. */
    public AppointmentStatus status() { return f.status; }

    /** The booking's idempotency key, unique per owner; never null. */
    public String idempotencyKey() { return f.idempotencyKey; }

    /** The video call's link, once its room is open; may be null. */
    public String joinLink() { return f.joinLink; }

    /** The number to call back; may be null. */
    public PhoneNumber callbackNumber() { return f.callbackNumber; }

    /** The salted hash of the video call's admission code; may be null. */
    public String admissionCodeHash() { return f.admissionCodeHash; }

    /** The wrong admission codes entered so far. */
    public int admissionAttempts() { return f.admissionAttempts; }

    /** The invitation's sequence number. */
    public int sequence() { return f.sequence; }

    /** When the user entered the waiting room; may be null. */
    public Instant waitingSince() { return f.waitingSince; }

    /** The user's identity check; may be null. */
    public IdentityCheck identityCheck() { return f.identityCheck; }

    /** The assistance (R-APT-5); may be null. */
    public Assistance assistance() { return f.assistance; }

    /** The outcome code once completed; may be null. */
    public String outcome() { return f.outcome; }

    /** The outcome's text; may be null. */
    public String outcomeText() { return f.outcomeText; }

    /** Why it was cancelled; may be null. */
    public String cancelReason() { return f.cancelReason; }

    /** When it was booked; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    /** The optimistic-locking version. */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppointmentRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "AppointmentRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link AppointmentRecord}; not thread-safe. */
    public static final class Builder {
        private AppointmentId id;
        private UserId owner;
        private PartyId bookedBy;
        private OfficeCode office;
        private TopicCode topic;
        private ContactMode mode;
        private Instant start;
        private Instant end;
        private ZoneId zone;
        private LocalDate day;
        private Interpretation interpretation = Interpretation.NONE;
        private OperatorId operator;
        private AppointmentStatus status;
        private String idempotencyKey;
        private String joinLink;
        private PhoneNumber callbackNumber;
        private String admissionCodeHash;
        private int admissionAttempts;
        private int sequence;
        private Instant waitingSince;
        private IdentityCheck identityCheck;
        private Assistance assistance;
        private String outcome;
        private String outcomeText;
        private String cancelReason;
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link AppointmentRecord#id()} (not null); returns this builder. */
        public Builder id(AppointmentId value) { this.id = value; return this; }

        /** Sets {@link AppointmentRecord#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link AppointmentRecord#bookedBy()} (not null); returns this builder. */
        public Builder bookedBy(PartyId value) { this.bookedBy = value; return this; }

        /** Sets {@link AppointmentRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link AppointmentRecord#topic()} (not null); returns this builder. */
        public Builder topic(TopicCode value) { this.topic = value; return this; }

        /** Sets {@link AppointmentRecord#mode()} (not null); returns this builder. */
        public Builder mode(ContactMode value) { this.mode = value; return this; }

        /** Sets {@link AppointmentRecord#start()} (not null); returns this builder. */
        public Builder start(Instant value) { this.start = value; return this; }

        /** Sets {@link AppointmentRecord#end()} (not null); returns this builder. */
        public Builder end(Instant value) { this.end = value; return this; }

        /** Sets {@link AppointmentRecord#zone()} (not null); returns this builder. */
        public Builder zone(ZoneId value) { this.zone = value; return this; }

        /** Sets {@link AppointmentRecord#day()} (not null); returns this builder. */
        public Builder day(LocalDate value) { this.day = value; return this; }

        /** Sets {@link AppointmentRecord#interpretation()} (not null); returns this builder. */
        public Builder interpretation(Interpretation value) { this.interpretation = value; return this; }

        /** Sets {@link AppointmentRecord#operator()} (or null); returns this builder. */
        public Builder operator(OperatorId value) { this.operator = value; return this; }

        /** Sets {@link AppointmentRecord#status()} (not null); returns this builder. */
        public Builder status(AppointmentStatus value) { this.status = value; return this; }

        /** Sets {@link AppointmentRecord#idempotencyKey()} (not null); returns this builder. */
        public Builder idempotencyKey(String value) { this.idempotencyKey = value; return this; }

        /** Sets {@link AppointmentRecord#joinLink()} (or null); returns this builder. */
        public Builder joinLink(String value) { this.joinLink = value; return this; }

        /** Sets {@link AppointmentRecord#callbackNumber()} (or null); returns this builder. */
        public Builder callbackNumber(PhoneNumber value) { this.callbackNumber = value; return this; }

        /** Sets {@link AppointmentRecord#admissionCodeHash()} (or null); returns this builder. */
        public Builder admissionCodeHash(String value) { this.admissionCodeHash = value; return this; }

        /** Sets {@link AppointmentRecord#admissionAttempts()}; returns this builder. */
        public Builder admissionAttempts(int value) { this.admissionAttempts = value; return this; }

        /** Sets {@link AppointmentRecord#sequence()}; returns this builder. */
        public Builder sequence(int value) { this.sequence = value; return this; }

        /** Sets {@link AppointmentRecord#waitingSince()} (or null); returns this builder. */
        public Builder waitingSince(Instant value) { this.waitingSince = value; return this; }

        /** Sets {@link AppointmentRecord#identityCheck()} (or null); returns this builder. */
        public Builder identityCheck(IdentityCheck value) { this.identityCheck = value; return this; }

        /** Sets {@link AppointmentRecord#assistance()} (or null); returns this builder. */
        public Builder assistance(Assistance value) { this.assistance = value; return this; }

        /** Sets {@link AppointmentRecord#outcome()} (or null); returns this builder. */
        public Builder outcome(String value) { this.outcome = value; return this; }

        /** Sets {@link AppointmentRecord#outcomeText()} (or null); returns this builder. */
        public Builder outcomeText(String value) { this.outcomeText = value; return this; }

        /** Sets {@link AppointmentRecord#cancelReason()} (or null); returns this builder. */
        public Builder cancelReason(String value) { this.cancelReason = value; return this; }

        /** Sets {@link AppointmentRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link AppointmentRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /** Sets {@link AppointmentRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the AppointmentRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public AppointmentRecord build() {
            Required.value(id, "AppointmentRecord", "id");
            Required.value(owner, "AppointmentRecord", "owner");
            Required.value(bookedBy, "AppointmentRecord", "bookedBy");
            Required.value(office, "AppointmentRecord", "office");
            Required.value(topic, "AppointmentRecord", "topic");
            Required.value(mode, "AppointmentRecord", "mode");
            Required.value(start, "AppointmentRecord", "start");
            Required.value(end, "AppointmentRecord", "end");
            Required.value(zone, "AppointmentRecord", "zone");
            Required.value(day, "AppointmentRecord", "day");
            Required.value(interpretation, "AppointmentRecord", "interpretation");
            Required.value(status, "AppointmentRecord", "status");
            Required.value(idempotencyKey, "AppointmentRecord", "idempotencyKey");
            Required.value(createdAt, "AppointmentRecord", "createdAt");
            Required.value(updatedAt, "AppointmentRecord", "updatedAt");
            return new AppointmentRecord(new Fields(id, owner, bookedBy, office, topic, mode, start, end, zone, day, interpretation,
                    operator, status, idempotencyKey, joinLink, callbackNumber, admissionCodeHash,
                    admissionAttempts, sequence, waitingSince, identityCheck, assistance, outcome,
                    outcomeText, cancelReason, createdAt, updatedAt, version));
        }
    }
}
