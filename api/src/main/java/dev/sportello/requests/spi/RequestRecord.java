package dev.sportello.requests.spi;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestStatus;
import dev.sportello.spi.Required;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as stored; its timeline is stored apart, append-only.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestRecord {
    private record Fields(RequestId id, ProtocolNumber protocol, UserId owner, PartyId submittedBy,
                          CompanyRegistrationNumber company, String dossier, TopicCode topic,
                          String subject, Map<String, String> fields, String text, OfficeCode office,
                          RequestStatus status, OperatorId assignee, boolean awaitingUser, String outcome,
                          String outcomeText, String idempotencyKey, String fingerprint,
                          List<AttachmentInfo> attachments, Instant createdAt, Instant updatedAt,
                          long version) {
    }

    private final Fields f;

    private RequestRecord(Fields f) {
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
        b.submittedBy = f.submittedBy;
        b.company = f.company;
        b.dossier = f.dossier;
        b.topic = f.topic;
        b.subject = f.subject;
        b.fields = f.fields;
        b.text = f.text;
        b.office = f.office;
        b.status = f.status;
        b.assignee = f.assignee;
        b.awaitingUser = f.awaitingUser;
        b.outcome = f.outcome;
        b.outcomeText = f.outcomeText;
        b.idempotencyKey = f.idempotencyKey;
        b.fingerprint = f.fingerprint;
        b.attachments = f.attachments;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        b.version = f.version;
        return b;
    }

    /** The id; never null. */
    public RequestId id() { return f.id; }

    /** The protocol number, unique; never null. */
    public ProtocolNumber protocol() { return f.protocol; }

    /** The owner; never null. */
    public UserId owner() { return f.owner; }

    /** Who sent it; never null. */
    public PartyId submittedBy() { return f.submittedBy; }

    /** The company it is about; may be null. */
    public CompanyRegistrationNumber company() { return f.company; }

    /** The dossier it is about; may be null. */
    public String dossier() { return f.dossier; }

    /** The topic; never null. */
    public TopicCode topic() { return f.topic; }

    /** The subject line; never null. */
    public String subject() { return f.subject; }

    /** The topic's fields; never null, immutable. */
    public Map<String, String> fields() { return f.fields; }

    /** The user's text; never null. */
    public String text() { return f.text; }

    /** The office it is routed to; never null. */
    public OfficeCode office() { return f.office; }

    /** The status; never null. */
    public RequestStatus status() { return f.status; }

    /** The operator in charge; may be null. */
    public OperatorId assignee() { return f.assignee; }

    /** Whether the user was asked for more information. */
    public boolean awaitingUser() { return f.awaitingUser; }

    /** The outcome code once closed; may be null. */
    public String outcome() { return f.outcome; }

    /** The explanation once closed; may be null. */
    public String outcomeText() { return f.outcomeText; }

    /** The submitter's key, unique per owner; never null. */
    public String idempotencyKey() { return f.idempotencyKey; }

    /** A hash of the submitted content, to refuse a reused key with other content; never null. */
    public String fingerprint() { return f.fingerprint; }

    /** Every file sent with it, in order; never null, immutable. */
    public List<AttachmentInfo> attachments() { return f.attachments; }

    /** When it was submitted; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    /** The optimistic-locking version. */
    public long version() { return f.version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "RequestRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link RequestRecord}; not thread-safe. */
    public static final class Builder {
        private RequestId id;
        private ProtocolNumber protocol;
        private UserId owner;
        private PartyId submittedBy;
        private CompanyRegistrationNumber company;
        private String dossier;
        private TopicCode topic;
        private String subject;
        private Map<String, String> fields = Map.of();
        private String text;
        private OfficeCode office;
        private RequestStatus status;
        private OperatorId assignee;
        private boolean awaitingUser;
        private String outcome;
        private String outcomeText;
        private String idempotencyKey;
        private String fingerprint;
        private List<AttachmentInfo> attachments = List.of();
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        private Builder() {
        }

        /** Sets {@link RequestRecord#id()} (not null); returns this builder. */
        public Builder id(RequestId value) { this.id = value; return this; }

        /** Sets {@link RequestRecord#protocol()} (not null); returns this builder. */
        public Builder protocol(ProtocolNumber value) { this.protocol = value; return this; }

        /** Sets {@link RequestRecord#owner()} (not null); returns this builder. */
        public Builder owner(UserId value) { this.owner = value; return this; }

        /** Sets {@link RequestRecord#submittedBy()} (not null); returns this builder. */
        public Builder submittedBy(PartyId value) { this.submittedBy = value; return this; }

        /** Sets {@link RequestRecord#company()} (or null); returns this builder. */
        public Builder company(CompanyRegistrationNumber value) { this.company = value; return this; }

        /** Sets {@link RequestRecord#dossier()} (or null); returns this builder. */
        public Builder dossier(String value) { this.dossier = value; return this; }

        /** Sets {@link RequestRecord#topic()} (not null); returns this builder. */
        public Builder topic(TopicCode value) { this.topic = value; return this; }

        /** Sets {@link RequestRecord#subject()} (not null); returns this builder. */
        public Builder subject(String value) { this.subject = value; return this; }

        /** Sets {@link RequestRecord#fields()} (not null); returns this builder. */
        public Builder fields(Map<String, String> value) { this.fields = value; return this; }

        /** Sets {@link RequestRecord#text()} (not null); returns this builder. */
        public Builder text(String value) { this.text = value; return this; }

        /** Sets {@link RequestRecord#office()} (not null); returns this builder. */
        public Builder office(OfficeCode value) { this.office = value; return this; }

        /** Sets {@link RequestRecord#status()} (not null); returns this builder. */
        public Builder status(RequestStatus value) { this.status = value; return this; }

        /** Sets {@link RequestRecord#assignee()} (or null); returns this builder. */
        public Builder assignee(OperatorId value) { this.assignee = value; return this; }

        /** Sets {@link RequestRecord#awaitingUser()}; returns this builder. */
        public Builder awaitingUser(boolean value) { this.awaitingUser = value; return this; }

        /** Sets {@link RequestRecord#outcome()} (or null); returns this builder. */
        public Builder outcome(String value) { this.outcome = value; return this; }

        /** Sets {@link RequestRecord#outcomeText()} (or null); returns this builder. */
        public Builder outcomeText(String value) { this.outcomeText = value; return this; }

        /** Sets {@link RequestRecord#idempotencyKey()} (not null); returns this builder. */
        public Builder idempotencyKey(String value) { this.idempotencyKey = value; return this; }

        /** Sets {@link RequestRecord#fingerprint()} (not null); returns this builder. */
        public Builder fingerprint(String value) { this.fingerprint = value; return this; }

        /** Sets {@link RequestRecord#attachments()} (not null); returns this builder. */
        public Builder attachments(List<AttachmentInfo> value) { this.attachments = value; return this; }

        /** Sets {@link RequestRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link RequestRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /** Sets {@link RequestRecord#version()}; returns this builder. */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * The object.
         *
         * @return the RequestRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public RequestRecord build() {
            Required.value(id, "RequestRecord", "id");
            Required.value(protocol, "RequestRecord", "protocol");
            Required.value(owner, "RequestRecord", "owner");
            Required.value(submittedBy, "RequestRecord", "submittedBy");
            Required.value(topic, "RequestRecord", "topic");
            Required.value(subject, "RequestRecord", "subject");
            Required.value(text, "RequestRecord", "text");
            Required.value(office, "RequestRecord", "office");
            Required.value(status, "RequestRecord", "status");
            Required.value(idempotencyKey, "RequestRecord", "idempotencyKey");
            Required.value(fingerprint, "RequestRecord", "fingerprint");
            Required.value(createdAt, "RequestRecord", "createdAt");
            Required.value(updatedAt, "RequestRecord", "updatedAt");
            return new RequestRecord(new Fields(id, protocol, owner, submittedBy, company, dossier, topic, subject,
                    Required.map(fields, "RequestRecord", "fields"), text, office, status, assignee,
                    awaitingUser, outcome, outcomeText, idempotencyKey, fingerprint,
                    Required.list(attachments, "RequestRecord", "attachments"), createdAt, updatedAt,
                    version));
        }
    }
}
