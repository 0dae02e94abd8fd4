package dev.sportello.appointments.spi;

import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A waitlist entry as stored, with, for a sign-language offer, the operator whose time is held.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class WaitlistRecord {
    private record Fields(WaitlistEntryId id, UserId owner, OfficeCode office, TopicCode topic,
                          ContactMode mode, LocalDate day, Interpretation interpretation,
                          WaitlistStatus status, Instant offeredStart, Instant offerExpiresAt,
                          AppointmentId appointment, OperatorId heldOperator, Instant createdAt,
                          Instant updatedAt, long version) {
    }

    private final Fields f;

    private WaitlistRecord(Fields f) {
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
        b.office = f.office;
        b.topic = f.topic;
        b.mode = f.mode;
        b.day = f.day;
        b.interpretation = f.interpretation;
        b.status = f.status;
        b.offeredStart = f.offeredStart;
        b.offerExpiresAt = f.offerExpiresAt;
        b.appointment = f.appointment;
        b.heldOperator = f.heldOperator;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public WaitlistEntryId id() { return f.id; }

    /** The user waiting; never null. */
    public UserId owner() { return f.owner; }

    /** The office; never null. */
    public OfficeCode office() { return f.office; }

    /** The topic; never null. */
    public TopicCode topic() { return f.topic; }

    /** The contact mode; never null. */
    public ContactMode mode() { return f.mode; }

    /** The day in the office's zone; never null. */
    public LocalDate day() { return f.day; }

    /** The interpreting needed; never null. */
    public Interpretation interpretation() { return f.interpretation; }

    /** The status; never null. */
    public WaitlistStatus status() { return f.status; }

    /** The start of the seat held for an offer; may be null. */
    public Instant offeredStart() { return f.offeredStart; }

    /** When the offer lapses; may be null. */
    public Instant offerExpiresAt() { return f.offerExpiresAt; }

    /** The appointment booked from an accepted offer; may be null. */
    public AppointmentId appointment() { return f.appointment; }

    /** The sign-language operator held for an offer; may be null. */
    public OperatorId heldOperator() { return f.heldOperator; }

    /** When the user joined; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    /** The optimistic-locking version. */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitlistRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "WaitlistRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link WaitlistRecord}; not thread-safe. */
    public static final class Builder {
        private WaitlistEntryId id;
        private UserId owner;
        private OfficeCode office;
        private TopicCode topic;
        private ContactMode mode;
        private LocalDate day;
        private Interpretation interpretation = Interpretation.NONE;
        private WaitlistStatus status;
        private Instant offeredStart;
        private Instant offerExpiresAt;
        private AppointmentId appointment;
        private OperatorId heldOperator;
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link WaitlistRecord#id()} (not null); returns this builder. */
        public Builder id(WaitlistEntryId value) { this.id = value; return this; }

        /** Sets {@link WaitlistRecord#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link WaitlistRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link WaitlistRecord#topic()} (not null); returns this builder. */
        public Builder topic(TopicCode value) { this.topic = value; return this; }

        /** Sets {@link WaitlistRecord#mode()} (not null); returns this builder. */
        public Builder mode(ContactMode value) { this.mode = value; return this; }

        /** Sets {@link WaitlistRecord#day()} (not null); returns this builder. */
        public Builder day(LocalDate value) { this.day = value; return this; }

        /** Sets {@link WaitlistRecord#interpretation()} (not null); returns this builder. */
        public Builder interpretation(Interpretation value) { this.interpretation = value; return this; }

        /** Sets {@link WaitlistRecord#status()} (not null); returns this builder. */
        public Builder status(WaitlistStatus value) { this.status = value; return this; }

        /** Sets {@link WaitlistRecord#offeredStart()} (or null); returns this builder. */
        public Builder offeredStart(Instant value) { this.offeredStart = value; return this; }

        /** Sets {@link WaitlistRecord#offerExpiresAt()} (or null); returns this builder. */
        public Builder offerExpiresAt(Instant value) { this.offerExpiresAt = value; return this; }

        /** Sets {@link WaitlistRecord#appointment()} (or null); returns this builder. */
        public Builder appointment(AppointmentId value) { this.appointment = value; return this; }

        /** Sets {@link WaitlistRecord#heldOperator()} (or null); returns this builder. */
        public Builder heldOperator(OperatorId value) { this.heldOperator = value; return this; }

        /** Sets {@link WaitlistRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link WaitlistRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /** Sets {@link WaitlistRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the WaitlistRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public WaitlistRecord build() {
            Required.value(id, "WaitlistRecord", "id");
            Required.value(owner, "WaitlistRecord", "owner");
            Required.value(office, "WaitlistRecord", "office");
            Required.value(topic, "WaitlistRecord", "topic");
            Required.value(mode, "WaitlistRecord", "mode");
            Required.value(day, "WaitlistRecord", "day");
            Required.value(interpretation, "WaitlistRecord", "interpretation");
            Required.value(status, "WaitlistRecord", "status");
            Required.value(createdAt, "WaitlistRecord", "createdAt");
            Required.value(updatedAt, "WaitlistRecord", "updatedAt");
            return new WaitlistRecord(new Fields(id, owner, office, topic, mode, day, interpretation, status, offeredStart,
                    offerExpiresAt, appointment, heldOperator, createdAt, updatedAt, version));
        }
    }
}
