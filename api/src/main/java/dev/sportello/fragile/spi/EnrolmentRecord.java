package dev.sportello.fragile.spi;

import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;
import dev.sportello.users.FragileGround;
import dev.sportello.users.PostalAddress;

import java.time.Instant;
import java.util.Set;

/**
 * A user's enrolment in the fragile-users channel as stored (R-USR-5), with the salted hash of the personal
 * code (never the code) and the wrong attempts made with it.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions without
 * breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnrolmentRecord {
    private record Fields(UserId user, OfficeCode office, Set<FragileGround> grounds, PostalAddress residence,
                          String codeHash, PersonalCodeStatus codeStatus, int failedAttempts, Instant codeIssuedAt,
                          LetterId codeLetter, Instant enrolledAt, PartyId enrolledBy, long version) {
    }

    private final Fields f;

    private EnrolmentRecord(Fields f) {
        this.f = f;
    }

    /** A builder with every field unset; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's fields, to derive a changed copy; not thread-safe. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.user = f.user;
        b.office = f.office;
        b.grounds = f.grounds;
        b.residence = f.residence;
        b.codeHash = f.codeHash;
        b.codeStatus = f.codeStatus;
        b.failedAttempts = f.failedAttempts;
        b.codeIssuedAt = f.codeIssuedAt;
        b.codeLetter = f.codeLetter;
        b.enrolledAt = f.enrolledAt;
        b.enrolledBy = f.enrolledBy;
        b.version = f.version;
        return b;
    }

    /** The enrolled user (one enrolment per user); never null. */
    public UserId user() { return f.user; }

    /** The competent office when enrolled; never null. */
    public OfficeCode office() { return f.office; }

    /** The grounds of eligibility at enrolment; never null, immutable. */
    public Set<FragileGround> grounds() { return f.grounds; }

    /** Where letters go; never null. */
    public PostalAddress residence() { return f.residence; }

    /** The salted hash of the current personal code, as the core wrote it; never null. */
    public String codeHash() { return f.codeHash; }

    /** Whether the code identifies the user; never null. */
    public PersonalCodeStatus codeStatus() { return f.codeStatus; }

    /** Wrong codes entered since the code was issued. */
    public int failedAttempts() { return f.failedAttempts; }

    /** When the current code was issued; never null. */
    public Instant codeIssuedAt() { return f.codeIssuedAt; }

    /** The letter that carries the current code; never null. */
    public LetterId codeLetter() { return f.codeLetter; }

    /** When the user was enrolled; never null. */
    public Instant enrolledAt() { return f.enrolledAt; }

    /** Who enrolled them; never null. */
    public PartyId enrolledBy() { return f.enrolledBy; }

    /** The optimistic-locking version (0 when created). */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnrolmentRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "EnrolmentRecord[" + "user=" + f.user + ", office=" + f.office + ", codeStatus=" + f.codeStatus + ", version=" + f.version + "]";
    }

    /** Collects the fields of a {@link EnrolmentRecord}; not thread-safe. */
    public static final class Builder {
        private UserId user;
        private OfficeCode office;
        private Set<FragileGround> grounds = Set.of();
        private PostalAddress residence;
        private String codeHash;
        private PersonalCodeStatus codeStatus;
        private int failedAttempts;
        private Instant codeIssuedAt;
        private LetterId codeLetter;
        private Instant enrolledAt;
        private PartyId enrolledBy;
        private long version;

        private Builder() {
        }

        /** Sets {@link EnrolmentRecord#user()} (not null); returns this builder. */
        public Builder user(UserId value) { this.user = value; return this; }

        /** Sets {@link EnrolmentRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link EnrolmentRecord#grounds()} (not null, no null element); returns this builder. */
        public Builder grounds(Set<FragileGround> value) { this.grounds = value; return this; }

        /** Sets {@link EnrolmentRecord#residence()} (not null); returns this builder. */
        public Builder residence(PostalAddress value) { this.residence = value; return this; }

        /** Sets {@link EnrolmentRecord#codeHash()} (not null); returns this builder. */
        public Builder codeHash(String value) { this.codeHash = value; return this; }

        /** Sets {@link EnrolmentRecord#codeStatus()} (not null); returns this builder. */
        public Builder codeStatus(PersonalCodeStatus value) { this.codeStatus = value; return this; }

        /** Sets {@link EnrolmentRecord#failedAttempts()}; returns this builder. */
        public Builder failedAttempts(int value) { this.failedAttempts = value; return this; }

        /** Sets {@link EnrolmentRecord#codeIssuedAt()} (not null); returns this builder. */
        public Builder codeIssuedAt(Instant value) { this.codeIssuedAt = value; return this; }

        /** Sets {@link EnrolmentRecord#codeLetter()} (not null); returns this builder. */
        public Builder codeLetter(LetterId value) { this.codeLetter = value; return this; }

        /** Sets {@link EnrolmentRecord#enrolledAt()} (not null); returns this builder. */
        public Builder enrolledAt(Instant value) { this.enrolledAt = value; return this; }

        /** Sets {@link EnrolmentRecord#enrolledBy()} (not null); returns this builder. */
        public Builder enrolledBy(PartyId value) { this.enrolledBy = value; return this; }

        /** Sets {@link EnrolmentRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the EnrolmentRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset, or a collection holds null
         */
        public EnrolmentRecord build() {
            Required.value(user, "EnrolmentRecord", "user");
            Required.value(office, "EnrolmentRecord", "office");
            Required.value(residence, "EnrolmentRecord", "residence");
            Required.value(codeHash, "EnrolmentRecord", "codeHash");
            Required.value(codeStatus, "EnrolmentRecord", "codeStatus");
            Required.value(codeIssuedAt, "EnrolmentRecord", "codeIssuedAt");
            Required.value(codeLetter, "EnrolmentRecord", "codeLetter");
            Required.value(enrolledAt, "EnrolmentRecord", "enrolledAt");
            Required.value(enrolledBy, "EnrolmentRecord", "enrolledBy");
            return new EnrolmentRecord(new Fields(user, office,
                    Required.set(grounds, "EnrolmentRecord", "grounds"), residence, codeHash, codeStatus,
                    failedAttempts, codeIssuedAt, codeLetter, enrolledAt, enrolledBy, version));
        }
    }
}
