package dev.sportello.requests;

import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;

/**
 * A line of a search result or an office queue (R-REQ-5, R-REQ-6).
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestSummary {
    private record Fields(RequestId id, ProtocolNumber protocol, UserId owner,
                          CompanyRegistrationNumber company, TopicCode topic, String subject,
                          OfficeCode office, RequestStatus status, OperatorId assignee,
                          boolean awaitingUser, String outcome, Instant createdAt, Instant updatedAt) {
    }

    private final Fields f;

    private RequestSummary(Fields f) {
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
        b.protocol = f.protocol;
        b.owner = f.owner;
        b.company = f.company;
        b.topic = f.topic;
        b.subject = f.subject;
        b.office = f.office;
        b.status = f.status;
        b.assignee = f.assignee;
        b.awaitingUser = f.awaitingUser;
        b.outcome = f.outcome;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        return b;
    }

    /** The id; never null. */
    public RequestId id() { return f.id; }

    /** The protocol number; never null. */
    public ProtocolNumber protocol() { return f.protocol; }

    /** The owner; never null. */
    public UserId owner() { return f.owner; }

    /** The company it is about; may be null. */
    public CompanyRegistrationNumber company() { return f.company; }

    /** The topic; never null. */
    public TopicCode topic() { return f.topic; }

    /** The subject line; never null. */
    public String subject() { return f.subject; }

    /** The office handling it; never null. */
    public OfficeCode office() { return f.office; }

    /** The status; never null. */
    public RequestStatus status() { return f.status; }

    /** The operator in charge; may be null. */
    public OperatorId assignee() { return f.assignee; }

    /** Whether the user was asked for more information. */
    public boolean awaitingUser() { return f.awaitingUser; }

    /** The outcome code once closed; may be null. */
    public String outcome() { return f.outcome; }

    /** When it was submitted; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestSummary o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "RequestSummary" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link RequestSummary}; not thread-safe. */
    public static final class Builder {
        private RequestId id;
        private ProtocolNumber protocol;
        private UserId owner;
        private CompanyRegistrationNumber company;
        private TopicCode topic;
        private String subject;
        private OfficeCode office;
        private RequestStatus status;
        private OperatorId assignee;
        private boolean awaitingUser;
        private String outcome;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /** Sets {@link RequestSummary#id()} (not null); returns this builder. */
        public Builder id(RequestId value) { this.id = value; return this; }

        /** Sets {@link RequestSummary#protocol()} (not null); returns this builder. */
        public Builder protocol(ProtocolNumber value) { this.protocol = value; return this; }

        /** Sets {@link RequestSummary#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link RequestSummary#company()} (or null); returns this builder. */
        public Builder company(CompanyRegistrationNumber value) { this.company = value; return this; }

        /** Sets {@link RequestSummary#topic()} (not null); returns this builder. */
        public Builder topic(TopicCode value) { this.topic = value; return this; }

        /** Sets {@link RequestSummary#subject()} (not null); returns this builder. */
        public Builder subject(String value) { this.subject = value; return this; }

        /** Sets {@link RequestSummary#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link RequestSummary#status()} (not null); returns this builder. */
        public Builder status(RequestStatus value) { this.status = value; return this; }

        /** Sets {@link RequestSummary#assignee()} (or null); returns this builder. */
        public Builder assignee(OperatorId value) { this.assignee = value; return this; }

        /** Sets {@link RequestSummary#awaitingUser()}; returns this builder. */
        public Builder awaitingUser(boolean value) { this.awaitingUser = value; return this; }

        /** Sets {@link RequestSummary#outcome()} (or null); returns this builder. */
        public Builder outcome(String value) { this.outcome = value; return this; }

        /** Sets {@link RequestSummary#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link RequestSummary#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /**
         * The object.
         *
         * @return the RequestSummary
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public RequestSummary build() {
            Required.value(id, "RequestSummary", "id");
            Required.value(protocol, "RequestSummary", "protocol");
            Required.value(owner, "RequestSummary", "owner");
            Required.value(topic, "RequestSummary", "topic");
            Required.value(subject, "RequestSummary", "subject");
            Required.value(office, "RequestSummary", "office");
            Required.value(status, "RequestSummary", "status");
            Required.value(createdAt, "RequestSummary", "createdAt");
            Required.value(updatedAt, "RequestSummary", "updatedAt");
            return new RequestSummary(new Fields(id, protocol, owner, company, topic, subject, office, status, assignee,
                    awaitingUser, outcome, createdAt, updatedAt));
        }
    }
}
