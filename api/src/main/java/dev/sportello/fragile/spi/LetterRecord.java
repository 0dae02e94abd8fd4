package dev.sportello.fragile.spi;

import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DossierId;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.spi.Required;

import java.time.Instant;

/**
 * A letter of the fragile-users channel as stored: its purpose, the dossier document it encloses, and where it
 * is (R-USR-5). The personal code a letter carries is not stored here.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions without
 * breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class LetterRecord {
    private record Fields(LetterId id, UserId user, LetterPurpose purpose, DossierId dossier, DocumentId document,
                          DocumentKind documentKind, int documentYear, LetterStatus status, String reference,
                          String refusal, Instant requestedAt, PartyId requestedBy, Instant postedAt,
                          long version) {
    }

    private final Fields f;

    private LetterRecord(Fields f) {
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
        b.purpose = f.purpose;
        b.dossier = f.dossier;
        b.document = f.document;
        b.documentKind = f.documentKind;
        b.documentYear = f.documentYear;
        b.status = f.status;
        b.reference = f.reference;
        b.refusal = f.refusal;
        b.requestedAt = f.requestedAt;
        b.requestedBy = f.requestedBy;
        b.postedAt = f.postedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public LetterId id() { return f.id; }

    /** The recipient; never null. */
    public UserId user() { return f.user; }

    /** What it carries; never null. */
    public LetterPurpose purpose() { return f.purpose; }

    /** The dossier of the enclosed document (DOCUMENT letters); may be null. */
    public DossierId dossier() { return f.dossier; }

    /** The enclosed document (DOCUMENT letters); may be null. */
    public DocumentId document() { return f.document; }

    /** The kind of the enclosed document (DOCUMENT letters); may be null. */
    public DocumentKind documentKind() { return f.documentKind; }

    /** The tax year of the enclosed document, or 0. */
    public int documentYear() { return f.documentYear; }

    /** Where it is; never null. */
    public LetterStatus status() { return f.status; }

    /** The provider's reference once posted; may be null. */
    public String reference() { return f.reference; }

    /** Why the provider refused it; may be null. */
    public String refusal() { return f.refusal; }

    /** When it was queued; never null. */
    public Instant requestedAt() { return f.requestedAt; }

    /** Who asked for it; never null. */
    public PartyId requestedBy() { return f.requestedBy; }

    /** When the provider accepted or refused it; may be null. */
    public Instant postedAt() { return f.postedAt; }

    /** The optimistic-locking version (0 when created). */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof LetterRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "LetterRecord[" + "id=" + f.id + ", purpose=" + f.purpose + ", status=" + f.status + ", version=" + f.version + "]";
    }

    /** Collects the fields of a {@link LetterRecord}; not thread-safe. */
    public static final class Builder {
        private LetterId id;
        private UserId user;
        private LetterPurpose purpose;
        private DossierId dossier;
        private DocumentId document;
        private DocumentKind documentKind;
        private int documentYear;
        private LetterStatus status;
        private String reference;
        private String refusal;
        private Instant requestedAt;
        private PartyId requestedBy;
        private Instant postedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link LetterRecord#id()} (not null); returns this builder. */
        public Builder id(LetterId value) { this.id = value; return this; }

        /** Sets {@link LetterRecord#user()} (not null); returns this builder. */
        public Builder user(UserId value) { this.user = value; return this; }

        /** Sets {@link LetterRecord#purpose()} (not null); returns this builder. */
        public Builder purpose(LetterPurpose value) { this.purpose = value; return this; }

        /** Sets {@link LetterRecord#dossier()} (or null); returns this builder. */
        public Builder dossier(DossierId value) { this.dossier = value; return this; }

        /** Sets {@link LetterRecord#document()} (or null); returns this builder. */
        public Builder document(DocumentId value) { this.document = value; return this; }

        /** Sets {@link LetterRecord#documentKind()} (or null); returns this builder. */
        public Builder documentKind(DocumentKind value) { this.documentKind = value; return this; }

        /** Sets {@link LetterRecord#documentYear()}; returns this builder. */
        public Builder documentYear(int value) { this.documentYear = value; return this; }

        /** Sets {@link LetterRecord#status()} (not null); returns this builder. */
        public Builder status(LetterStatus value) { this.status = value; return this; }

        /** Sets {@link LetterRecord#reference()} (or null); returns this builder. */
        public Builder reference(String value) { this.reference = value; return this; }

        /** Sets {@link LetterRecord#refusal()} (or null); returns this builder. */
        public Builder refusal(String value) { this.refusal = value; return this; }

        /** Sets {@link LetterRecord#requestedAt()} (not null); returns this builder. */
        public Builder requestedAt(Instant value) { this.requestedAt = value; return this; }

        /** Sets {@link LetterRecord#requestedBy()} (not null); returns this builder. */
        public Builder requestedBy(PartyId value) { this.requestedBy = value; return this; }

        /** Sets {@link LetterRecord#postedAt()} (or null); returns this builder. */
        public Builder postedAt(Instant value) { this.postedAt = value; return this; }

        /** Sets {@link LetterRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the LetterRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset, or a collection holds null
         */
        public LetterRecord build() {
            Required.value(id, "LetterRecord", "id");
            Required.value(user, "LetterRecord", "user");
            Required.value(purpose, "LetterRecord", "purpose");
            Required.value(status, "LetterRecord", "status");
            Required.value(requestedAt, "LetterRecord", "requestedAt");
            Required.value(requestedBy, "LetterRecord", "requestedBy");
            return new LetterRecord(new Fields(id, user, purpose, dossier, document, documentKind, documentYear,
                    status, reference, refusal, requestedAt, requestedBy, postedAt, version));
        }
    }
}
