package dev.sportello.spi;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.TopicCode;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stored form of a request (its timeline is stored apart, append-only).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id             the id, not null
 * @param protocol       the protocol number, unique, not null
 * @param owner          the owner, not null
 * @param submittedBy    who sent it, not null
 * @param company        the company it is about, or null
 * @param dossier        the dossier it is about, or null
 * @param topic          the topic, not null
 * @param subject        the subject line, not null
 * @param fields         the topic fields, not null
 * @param text           the user's text, not null
 * @param office         the office it is routed to, not null
 * @param status         the status, not null
 * @param assignee       the operator in charge, or null
 * @param awaitingUser   whether the user was asked for more information
 * @param outcome        the outcome code once closed, or null
 * @param outcomeText    the explanation once closed, or null
 * @param idempotencyKey the submitter's key, unique per owner, not null
 * @param fingerprint    a hash of the submitted content, to refuse a reused key with other content, not null
 * @param attachments    every file sent with it, in order, not null
 * @param createdAt      submission time, not null
 * @param updatedAt      last change, not null
 * @param version        optimistic-locking version
 */
public record RequestRecord(RequestId id, ProtocolNumber protocol, UserId owner, PartyId submittedBy,
                            CompanyRegistrationNumber company, String dossier, TopicCode topic, String subject,
                            Map<String, String> fields, String text, OfficeCode office, RequestStatus status,
                            OperatorId assignee, boolean awaitingUser, String outcome, String outcomeText,
                            String idempotencyKey, String fingerprint, List<AttachmentInfo> attachments,
                            Instant createdAt, Instant updatedAt, long version) {
    /** Checks and copies the components. */
    public RequestRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        fields = Map.copyOf(fields);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
