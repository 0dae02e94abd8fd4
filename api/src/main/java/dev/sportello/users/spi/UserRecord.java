package dev.sportello.users.spi;

import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.spi.Required;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserKind;

import java.time.Instant;
import java.util.List;

/**
 * A user as stored, with their contact points.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class UserRecord {
    private record Fields(UserId id, UserKind kind, FiscalCode fiscalCode, String name,
                          CompanyRegistrationNumber registrationNumber, MunicipalityCode municipality,
                          Language language, List<ContactRecord> contacts, long version, Instant createdAt,
                          Instant updatedAt) {
    }

    private final Fields f;

    private UserRecord(Fields f) {
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
        b.fiscalCode = f.fiscalCode;
        b.name = f.name;
        b.registrationNumber = f.registrationNumber;
        b.municipality = f.municipality;
        b.language = f.language;
        b.contacts = f.contacts;
        b.version = f.version;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        return b;
    }

    /** The id; never null. */
    public UserId id() { return f.id; }

    /** Citizen, company or intermediary; never null. */
    public UserKind kind() { return f.kind; }

    /**
     * The tax code or VAT number as the user gave it; never null. Users are unique in its
     * {@linkplain FiscalCode#canonical() canonical form}: an omocodia variant is the same code.
     */
    public FiscalCode fiscalCode() { return f.fiscalCode; }

    /** The name; never null. */
    public String name() { return f.name; }

    /** The registration number of a company (unique), null for others; may be null. */
    public CompanyRegistrationNumber registrationNumber() { return f.registrationNumber; }

    /** The residence or registered seat; never null. */
    public MunicipalityCode municipality() { return f.municipality; }

    /** The preferred language; never null. */
    public Language language() { return f.language; }

    /** The contact points, in the order they were added; never null, immutable. */
    public List<ContactRecord> contacts() { return f.contacts; }

    /** The optimistic-locking version, 0 when inserted. */
    public long version() { return f.version; }

    /** When it was registered; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "UserRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link UserRecord}; not thread-safe. */
    public static final class Builder {
        private UserId id;
        private UserKind kind;
        private FiscalCode fiscalCode;
        private String name;
        private CompanyRegistrationNumber registrationNumber;
        private MunicipalityCode municipality;
        private Language language;
        private List<ContactRecord> contacts = List.of();
        private long version;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /** Sets {@link UserRecord#id()} (not null); returns this builder. */
        public Builder id(UserId value) { this.id = value; return this; }

        /** Sets {@link UserRecord#kind()} (not null); returns this builder. */
        public Builder kind(UserKind value) { this.kind = value; return this; }

        /** Sets {@link UserRecord#fiscalCode()} (not null); returns this builder. */
        public Builder fiscalCode(FiscalCode value) { this.fiscalCode = value; return this; }

        /** Sets {@link UserRecord#name()} (not null); returns this builder. */
        public Builder name(String value) { this.name = value; return this; }

        /** Sets {@link UserRecord#registrationNumber()} (or null); returns this builder. */
        public Builder registrationNumber(CompanyRegistrationNumber value) { this.registrationNumber = value; return this; }

        /** Sets {@link UserRecord#municipality()} (not null); returns this builder. */
        public Builder municipality(MunicipalityCode value) { this.municipality = value; return this; }

        /** Sets {@link UserRecord#language()} (not null); returns this builder. */
        public Builder language(Language value) { this.language = value; return this; }

        /** Sets {@link UserRecord#contacts()} (not null); returns this builder. */
        public Builder contacts(List<ContactRecord> value) { this.contacts = value; return this; }

        /** Sets {@link UserRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /** Sets {@link UserRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link UserRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /**
         * The object.
         *
         * @return the UserRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public UserRecord build() {
            Required.value(id, "UserRecord", "id");
            Required.value(kind, "UserRecord", "kind");
            Required.value(fiscalCode, "UserRecord", "fiscalCode");
            Required.value(name, "UserRecord", "name");
            Required.value(municipality, "UserRecord", "municipality");
            Required.value(language, "UserRecord", "language");
            Required.value(createdAt, "UserRecord", "createdAt");
            Required.value(updatedAt, "UserRecord", "updatedAt");
            return new UserRecord(new Fields(id, kind, fiscalCode, name, registrationNumber, municipality, language,
                    Required.list(contacts, "UserRecord", "contacts"), version, createdAt, updatedAt));
        }
    }
}
