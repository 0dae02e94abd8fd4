package dev.sportello.delegation.spi;

import dev.sportello.DelegationId;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.spi.Required;

import java.time.Instant;

/**
 * A delegation or mandate as stored (R-DEL-1 to R-DEL-3).
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class DelegationRecord {
    private record Fields(DelegationId id, DelegationKind kind, UserId delegator, UserId delegate,
                          Instant validFrom, Instant validUntil, Instant revokedAt, PartyId createdBy,
                          Instant createdAt, long version) {
    }

    private final Fields f;

    private DelegationRecord(Fields f) {
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
        b.kind = f.kind;
        b.delegator = f.delegator;
        b.delegate = f.delegate;
        b.validFrom = f.validFrom;
        b.validUntil = f.validUntil;
        b.revokedAt = f.revokedAt;
        b.createdBy = f.createdBy;
        b.createdAt = f.createdAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public DelegationId id() { return f.id; }

    /** The kind, which decides the operations it covers; never null. */
    public DelegationKind kind() { return f.kind; }

    /** The user represented; never null. */
    public UserId delegator() { return f.delegator; }

    /** The user who may act for them; never null. */
    public UserId delegate() { return f.delegate; }

    /** The start of its validity; never null. */
    public Instant validFrom() { return f.validFrom; }

    /** The end of its validity, exclusive; never null. */
    public Instant validUntil() { return f.validUntil; }

    /** When it was revoked; may be null. */
    public Instant revokedAt() { return f.revokedAt; }

    /** Who granted it; never null. */
    public PartyId createdBy() { return f.createdBy; }

    /** When it was granted; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** The optimistic-locking version. */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof DelegationRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "DelegationRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link DelegationRecord}; not thread-safe. */
    public static final class Builder {
        private DelegationId id;
        private DelegationKind kind;
        private UserId delegator;
        private UserId delegate;
        private Instant validFrom;
        private Instant validUntil;
        private Instant revokedAt;
        private PartyId createdBy;
        private Instant createdAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link DelegationRecord#id()} (not null); returns this builder. */
        public Builder id(DelegationId value) { this.id = value; return this; }

        /** Sets {@link DelegationRecord#kind()} (not null); returns this builder. */
        public Builder kind(DelegationKind value) { this.kind = value; return this; }

        /** Sets {@link DelegationRecord#delegator()} (not null); returns this builder. */
        public Builder delegator(UserId value) { this.delegator = value; return this; }

        /** Sets {@link DelegationRecord#delegate()} (not null); returns this builder. */
        public Builder delegate(UserId value) { this.delegate = value; return this; }

        /** Sets {@link DelegationRecord#validFrom()} (not null); returns this builder. */
        public Builder validFrom(Instant value) { this.validFrom = value; return this; }

        /** Sets {@link DelegationRecord#validUntil()} (not null); returns this builder. */
        public Builder validUntil(Instant value) { this.validUntil = value; return this; }

        /** Sets {@link DelegationRecord#revokedAt()} (or null); returns this builder. */
        public Builder revokedAt(Instant value) { this.revokedAt = value; return this; }

        /** Sets {@link DelegationRecord#createdBy()} (not null); returns this builder. */
        public Builder createdBy(PartyId value) { this.createdBy = value; return this; }

        /** Sets {@link DelegationRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link DelegationRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the DelegationRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public DelegationRecord build() {
            Required.value(id, "DelegationRecord", "id");
            Required.value(kind, "DelegationRecord", "kind");
            Required.value(delegator, "DelegationRecord", "delegator");
            Required.value(delegate, "DelegationRecord", "delegate");
            Required.value(validFrom, "DelegationRecord", "validFrom");
            Required.value(validUntil, "DelegationRecord", "validUntil");
            Required.value(createdBy, "DelegationRecord", "createdBy");
            Required.value(createdAt, "DelegationRecord", "createdAt");
            return new DelegationRecord(new Fields(id, kind, delegator, delegate, validFrom, validUntil, revokedAt, createdBy,
                    createdAt, version));
        }
    }
}
