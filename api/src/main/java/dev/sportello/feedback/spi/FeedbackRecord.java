package dev.sportello.feedback.spi;

import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.SuggestionChange;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A rating with its suggestion as stored (R-DOS-6).
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions without
 * breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeedbackRecord {
    private record Fields(FeedbackId id, FeedbackTarget target, UserId owner, PartyId givenBy, OfficeCode office,
                          int rating, String suggestion, String onceKey, YearMonth month, Instant givenAt,
                          SuggestionState state, List<SuggestionChange> changes, long version) {
    }

    private final Fields f;

    private FeedbackRecord(Fields f) {
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
        b.target = f.target;
        b.owner = f.owner;
        b.givenBy = f.givenBy;
        b.office = f.office;
        b.rating = f.rating;
        b.suggestion = f.suggestion;
        b.onceKey = f.onceKey;
        b.month = f.month;
        b.givenAt = f.givenAt;
        b.state = f.state;
        b.changes = f.changes;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public FeedbackId id() { return f.id; }

    /** What was rated; never null. */
    public FeedbackTarget target() { return f.target; }

    /** The user the rating is from (the represented user when a delegate gave it); never null. */
    public UserId owner() { return f.owner; }

    /** Who gave it (the user or their delegate); never null. */
    public PartyId givenBy() { return f.givenBy; }

    /** The office it counts for; may be null. */
    public OfficeCode office() { return f.office; }

    /** The rating, 1 to 5. */
    public int rating() { return f.rating; }

    /** The suggestion exactly as given; may be null. */
    public String suggestion() { return f.suggestion; }

    /**
     * What makes it unique: the interaction ({@code request:<id>}, {@code appointment:<id>}) or, for the whole
     * service, the user and month ({@code service:<user id>:2026-12}); never null. A store refuses a second
     * record with the same key.
     */
    public String onceKey() { return f.onceKey; }

    /** The month it was given in (Europe/Rome), which the figures group by; never null. */
    public YearMonth month() { return f.month; }

    /** When it was given; never null. */
    public Instant givenAt() { return f.givenAt; }

    /** The suggestion's triage state; null exactly when there is no suggestion. */
    public SuggestionState state() { return f.state; }

    /** Every change of the triage state, oldest first; never null, immutable. */
    public List<SuggestionChange> changes() { return f.changes; }

    /** The optimistic-locking version. */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedbackRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "FeedbackRecord[id=" + f.id + ", area=" + f.target.area() + ", rating=" + f.rating + ", state=" + f.state
                + ", version=" + f.version + "]";
    }

    /** Collects the fields of a {@link FeedbackRecord}; not thread-safe. */
    public static final class Builder {
        private FeedbackId id;
        private FeedbackTarget target;
        private UserId owner;
        private PartyId givenBy;
        private OfficeCode office;
        private int rating;
        private String suggestion;
        private String onceKey;
        private YearMonth month;
        private Instant givenAt;
        private SuggestionState state;
        private List<SuggestionChange> changes = List.of();
        private long version;

        private Builder() {
        }

        /** Sets {@link FeedbackRecord#id()} (not null); returns this builder. */
        public Builder id(FeedbackId value) { this.id = value; return this; }

        /** Sets {@link FeedbackRecord#target()} (not null); returns this builder. */
        public Builder target(FeedbackTarget value) { this.target = value; return this; }

        /** Sets {@link FeedbackRecord#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link FeedbackRecord#givenBy()} (not null); returns this builder. */
        public Builder givenBy(PartyId value) { this.givenBy = value; return this; }

        /** Sets {@link FeedbackRecord#office()} (or null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link FeedbackRecord#rating()}; returns this builder. */
        public Builder rating(int value) { this.rating = value; return this; }

        /** Sets {@link FeedbackRecord#suggestion()} (or null); returns this builder. */
        public Builder suggestion(String value) { this.suggestion = value; return this; }

        /** Sets {@link FeedbackRecord#onceKey()} (not null); returns this builder. */
        public Builder onceKey(String value) { this.onceKey = value; return this; }

        /** Sets {@link FeedbackRecord#month()} (not null); returns this builder. */
        public Builder month(YearMonth value) { this.month = value; return this; }

        /** Sets {@link FeedbackRecord#givenAt()} (not null); returns this builder. */
        public Builder givenAt(Instant value) { this.givenAt = value; return this; }

        /** Sets {@link FeedbackRecord#state()} (or null); returns this builder. */
        public Builder state(SuggestionState value) { this.state = value; return this; }

        /** Sets {@link FeedbackRecord#changes()} (not null, copied); returns this builder. */
        public Builder changes(List<SuggestionChange> value) { this.changes = value; return this; }

        /** Sets {@link FeedbackRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the FeedbackRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset or holds null
         */
        public FeedbackRecord build() {
            Required.value(id, "FeedbackRecord", "id");
            Required.value(target, "FeedbackRecord", "target");
            Required.value(owner, "FeedbackRecord", "owner");
            Required.value(givenBy, "FeedbackRecord", "givenBy");
            Required.value(onceKey, "FeedbackRecord", "onceKey");
            Required.value(month, "FeedbackRecord", "month");
            Required.value(givenAt, "FeedbackRecord", "givenAt");
            Required.value(changes, "FeedbackRecord", "changes");
            for (SuggestionChange change : changes) {
                Required.value(change, "FeedbackRecord", "changes[]");
            }
            return new FeedbackRecord(new Fields(id, target, owner, givenBy, office, rating, suggestion, onceKey, month,
                    givenAt, state, List.copyOf(changes), version));
        }
    }
}
