package dev.sportello.delegation.spi;

import dev.sportello.DelegationId;
import dev.sportello.Operation;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.spi.Required;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A delegation or mandate as stored (R-DEL-1 to R-DEL-3).
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would. An adapter written before
 * the lifecycle (SPI 1.x without status) still builds valid records: an unset status reads as
 * {@code REVOKED} when {@code revokedAt} is set and {@code ACTIVE} otherwise, an unset scope as the kind's
 * full ceiling, an unset lifecycle as empty — what such a delegation meant before.
 *
 * <p>Immutable and thread-safe.
 */
public final class DelegationRecord {
    private record Fields(DelegationId id, DelegationKind kind, UserId delegator, UserId delegate,
                          Instant validFrom, Instant validUntil, Instant revokedAt, PartyId createdBy,
                          Instant createdAt, long version, DelegationStatus status, Set<Operation> scope,
                          List<DelegationTransition> lifecycle, String acceptanceCodeHash, Instant acceptBy,
                          int attemptsLeft) {
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
        b.status = f.status;
        b.scope = f.scope;
        b.lifecycle = f.lifecycle;
        b.acceptanceCodeHash = f.acceptanceCodeHash;
        b.acceptBy = f.acceptBy;
        b.attemptsLeft = f.attemptsLeft;
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

    /** Where it stands; never null. */
    public DelegationStatus status() { return f.status; }

    /** The operations it covers; never null, immutable. */
    public Set<Operation> scope() { return f.scope; }

    /** Its transitions, oldest first; never null, immutable. */
    public List<DelegationTransition> lifecycle() { return f.lifecycle; }

    /** While pending: the salted hash of the acceptance code ({@code sha256$salt$hash}); otherwise null. */
    public String acceptanceCodeHash() { return f.acceptanceCodeHash; }

    /** While pending: the deadline for accepting it; otherwise null. */
    public Instant acceptBy() { return f.acceptBy; }

    /** While pending: the wrong codes still allowed; 0 otherwise. */
    public int attemptsLeft() { return f.attemptsLeft; }

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
        private DelegationStatus status;
        private Set<Operation> scope;
        private List<DelegationTransition> lifecycle;
        private String acceptanceCodeHash;
        private Instant acceptBy;
        private int attemptsLeft;

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

        /** Sets {@link DelegationRecord#status()} (unset: as described on the class); returns this builder. */
        public Builder status(DelegationStatus value) { this.status = value; return this; }

        /** Sets {@link DelegationRecord#scope()} (unset: the kind's ceiling); returns this builder. */
        public Builder scope(Set<Operation> value) { this.scope = value; return this; }

        /** Sets {@link DelegationRecord#lifecycle()} (unset: empty); returns this builder. */
        public Builder lifecycle(List<DelegationTransition> value) { this.lifecycle = value; return this; }

        /** Sets {@link DelegationRecord#acceptanceCodeHash()} (or null); returns this builder. */
        public Builder acceptanceCodeHash(String value) { this.acceptanceCodeHash = value; return this; }

        /** Sets {@link DelegationRecord#acceptBy()} (or null); returns this builder. */
        public Builder acceptBy(Instant value) { this.acceptBy = value; return this; }

        /** Sets {@link DelegationRecord#attemptsLeft()}; returns this builder. */
        public Builder attemptsLeft(int value) { this.attemptsLeft = value; return this; }

        /**
         * The object.
         *
         * @return the DelegationRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset, or a collection holds null
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
            DelegationStatus state = status != null ? status
                    : revokedAt != null ? DelegationStatus.REVOKED : DelegationStatus.ACTIVE;
            Set<Operation> operations = scope == null ? kind.operations() : Required.set(scope, "DelegationRecord", "scope");
            List<DelegationTransition> steps = lifecycle == null ? List.of()
                    : Required.list(lifecycle, "DelegationRecord", "lifecycle");
            return new DelegationRecord(new Fields(id, kind, delegator, delegate, validFrom, validUntil, revokedAt, createdBy,
                    createdAt, version, state, operations, steps, acceptanceCodeHash, acceptBy, attemptsLeft));
        }
    }
}
