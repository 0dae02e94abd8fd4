package dev.sportello.dossiers.spi;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.Instant;
import java.util.List;

/**
 * A dossier's header as stored; its timeline, measures, payments and request links are stored apart.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions without
 * breaking adapters.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierRecord {
    private record Fields(DossierId id, DossierKindCode kind, UserId owner, OfficeCode office, DossierStatus status,
                          String statusNote, Instant lastChangeAt, DossierOutcome outcome, long sequence,
                          String fingerprint, List<SequenceGap> gaps, Instant createdAt, Instant updatedAt,
                          long version) {
    }

    private final Fields f;

    private DossierRecord(Fields f) {
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
        b.owner = f.owner;
        b.office = f.office;
        b.status = f.status;
        b.statusNote = f.statusNote;
        b.lastChangeAt = f.lastChangeAt;
        b.outcome = f.outcome;
        b.sequence = f.sequence;
        b.fingerprint = f.fingerprint;
        b.gaps = f.gaps;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public DossierId id() { return f.id; }

    /** The kind; never null. */
    public DossierKindCode kind() { return f.kind; }

    /** The owner; never null. */
    public UserId owner() { return f.owner; }

    /** The managing office; never null. */
    public OfficeCode office() { return f.office; }

    /** The phase; never null. */
    public DossierStatus status() { return f.status; }

    /** The source's wording of the status; may be null. */
    public String statusNote() { return f.statusNote; }

    /** When the last applied report happened at the source; never null. */
    public Instant lastChangeAt() { return f.lastChangeAt; }

    /** The outcome; may be null. */
    public DossierOutcome outcome() { return f.outcome; }

    /** The sequence number of the last applied report (1 or more). */
    public long sequence() { return f.sequence; }

    /** A hash of the last applied report (to tell a repeat from a reuse of its number); never null. */
    public String fingerprint() { return f.fingerprint; }

    /** The sequence gaps recorded, oldest first; never null, immutable. */
    public List<SequenceGap> gaps() { return f.gaps; }

    /** When the SDK created it; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When the SDK last changed it (the order of a user's list); never null. */
    public Instant updatedAt() { return f.updatedAt; }

    /** The optimistic-locking version (0 when created). */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof DossierRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "DossierRecord[id=" + f.id + ", kind=" + f.kind + ", status=" + f.status + ", sequence=" + f.sequence
                + ", version=" + f.version + "]";
    }

    /** Collects the fields of a {@link DossierRecord}; not thread-safe. */
    public static final class Builder {
        private DossierId id;
        private DossierKindCode kind;
        private UserId owner;
        private OfficeCode office;
        private DossierStatus status;
        private String statusNote;
        private Instant lastChangeAt;
        private DossierOutcome outcome;
        private long sequence;
        private String fingerprint;
        private List<SequenceGap> gaps = List.of();
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link DossierRecord#id()} (not null); returns this builder. */
        public Builder id(DossierId value) { this.id = value; return this; }

        /** Sets {@link DossierRecord#kind()} (not null); returns this builder. */
        public Builder kind(DossierKindCode value) { this.kind = value; return this; }

        /** Sets {@link DossierRecord#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link DossierRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link DossierRecord#status()} (not null); returns this builder. */
        public Builder status(DossierStatus value) { this.status = value; return this; }

        /** Sets {@link DossierRecord#statusNote()} (or null); returns this builder. */
        public Builder statusNote(String value) { this.statusNote = value; return this; }

        /** Sets {@link DossierRecord#lastChangeAt()} (not null); returns this builder. */
        public Builder lastChangeAt(Instant value) { this.lastChangeAt = value; return this; }

        /** Sets {@link DossierRecord#outcome()} (or null); returns this builder. */
        public Builder outcome(DossierOutcome value) { this.outcome = value; return this; }

        /** Sets {@link DossierRecord#sequence()}; returns this builder. */
        public Builder sequence(long value) { this.sequence = value; return this; }

        /** Sets {@link DossierRecord#fingerprint()} (not null); returns this builder. */
        public Builder fingerprint(String value) { this.fingerprint = value; return this; }

        /** Sets {@link DossierRecord#gaps()} (not null, no null element); returns this builder. */
        public Builder gaps(List<SequenceGap> value) { this.gaps = value; return this; }

        /** Sets {@link DossierRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link DossierRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /** Sets {@link DossierRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public DossierRecord build() {
            Required.value(id, "DossierRecord", "id");
            Required.value(kind, "DossierRecord", "kind");
            Required.value(owner, "DossierRecord", "owner");
            Required.value(office, "DossierRecord", "office");
            Required.value(status, "DossierRecord", "status");
            Required.value(lastChangeAt, "DossierRecord", "lastChangeAt");
            Required.value(fingerprint, "DossierRecord", "fingerprint");
            Required.value(createdAt, "DossierRecord", "createdAt");
            Required.value(updatedAt, "DossierRecord", "updatedAt");
            return new DossierRecord(new Fields(id, kind, owner, office, status, statusNote, lastChangeAt, outcome,
                    sequence, fingerprint, Required.list(gaps, "DossierRecord", "gaps"), createdAt, updatedAt, version));
        }
    }
}
