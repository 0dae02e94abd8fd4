package dev.sportello.fragile.spi;

import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;
import dev.sportello.spi.Required;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.util.Set;

/**
 * A callback of the fragile-users phone line as stored (R-USR-5): owed to a user who left a voicemail, queued
 * for the operators of an office with the skills it needs from its due time.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions without
 * breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class CallbackRecord {
    private record Fields(CallbackId id, UserId user, OfficeCode office, Set<Skill> skills, PhoneNumber number,
                          Instant leftAt, Instant dueAt, CallbackStatus status, ContactOutcome outcome,
                          PartyId completedBy, Instant completedAt, long version) {
    }

    private final Fields f;

    private CallbackRecord(Fields f) {
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
        b.user = f.user;
        b.office = f.office;
        b.skills = f.skills;
        b.number = f.number;
        b.leftAt = f.leftAt;
        b.dueAt = f.dueAt;
        b.status = f.status;
        b.outcome = f.outcome;
        b.completedBy = f.completedBy;
        b.completedAt = f.completedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public CallbackId id() { return f.id; }

    /** The user to call back; never null. */
    public UserId user() { return f.user; }

    /** The office whose operators call back; never null. */
    public OfficeCode office() { return f.office; }

    /** The skills the operator needs; never null, immutable. */
    public Set<Skill> skills() { return f.skills; }

    /** The number to call back; never null. */
    public PhoneNumber number() { return f.number; }

    /** When the voicemail was left; never null. */
    public Instant leftAt() { return f.leftAt; }

    /** From when it is in the queue; never null. */
    public Instant dueAt() { return f.dueAt; }

    /** Open or done; never null. */
    public CallbackStatus status() { return f.status; }

    /** The outcome once done; may be null. */
    public ContactOutcome outcome() { return f.outcome; }

    /** Who called back; may be null. */
    public PartyId completedBy() { return f.completedBy; }

    /** When; may be null. */
    public Instant completedAt() { return f.completedAt; }

    /** The optimistic-locking version (0 when created). */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallbackRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "CallbackRecord[" + "id=" + f.id + ", office=" + f.office + ", status=" + f.status + ", dueAt=" + f.dueAt + ", version=" + f.version + "]";
    }

    /** Collects the fields of a {@link CallbackRecord}; not thread-safe. */
    public static final class Builder {
        private CallbackId id;
        private UserId user;
        private OfficeCode office;
        private Set<Skill> skills = Set.of();
        private PhoneNumber number;
        private Instant leftAt;
        private Instant dueAt;
        private CallbackStatus status;
        private ContactOutcome outcome;
        private PartyId completedBy;
        private Instant completedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link CallbackRecord#id()} (not null); returns this builder. */
        public Builder id(CallbackId value) { this.id = value; return this; }

        /** Sets {@link CallbackRecord#user()} (not null); returns this builder. */
        public Builder user(UserId value) { this.user = value; return this; }

        /** Sets {@link CallbackRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link CallbackRecord#skills()} (not null, no null element); returns this builder. */
        public Builder skills(Set<Skill> value) { this.skills = value; return this; }

        /** Sets {@link CallbackRecord#number()} (not null); returns this builder. */
        public Builder number(PhoneNumber value) { this.number = value; return this; }

        /** Sets {@link CallbackRecord#leftAt()} (not null); returns this builder. */
        public Builder leftAt(Instant value) { this.leftAt = value; return this; }

        /** Sets {@link CallbackRecord#dueAt()} (not null); returns this builder. */
        public Builder dueAt(Instant value) { this.dueAt = value; return this; }

        /** Sets {@link CallbackRecord#status()} (not null); returns this builder. */
        public Builder status(CallbackStatus value) { this.status = value; return this; }

        /** Sets {@link CallbackRecord#outcome()} (or null); returns this builder. */
        public Builder outcome(ContactOutcome value) { this.outcome = value; return this; }

        /** Sets {@link CallbackRecord#completedBy()} (or null); returns this builder. */
        public Builder completedBy(PartyId value) { this.completedBy = value; return this; }

        /** Sets {@link CallbackRecord#completedAt()} (or null); returns this builder. */
        public Builder completedAt(Instant value) { this.completedAt = value; return this; }

        /** Sets {@link CallbackRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the CallbackRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset, or a collection holds null
         */
        public CallbackRecord build() {
            Required.value(id, "CallbackRecord", "id");
            Required.value(user, "CallbackRecord", "user");
            Required.value(office, "CallbackRecord", "office");
            Required.value(number, "CallbackRecord", "number");
            Required.value(leftAt, "CallbackRecord", "leftAt");
            Required.value(dueAt, "CallbackRecord", "dueAt");
            Required.value(status, "CallbackRecord", "status");
            return new CallbackRecord(new Fields(id, user, office,
                    Required.set(skills, "CallbackRecord", "skills"), number, leftAt, dueAt, status, outcome,
                    completedBy, completedAt, version));
        }
    }
}
