package dev.sportello.requests;

import dev.sportello.OperatorId;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a search result or an office queue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id, not null
 * @param protocol     the protocol number, not null
 * @param owner        the owner, not null
 * @param company      the company it is about, or null
 * @param topic        the topic, not null
 * @param subject      the subject line, not null
 * @param office       the office, not null
 * @param status       the status, not null
 * @param assignee     the operator in charge, or null
 * @param awaitingUser whether the user was asked for more information
 * @param outcome      the outcome code once closed, or null
 * @param createdAt    submission time, not null
 * @param updatedAt    last change, not null
 */
public record RequestSummary(RequestId id, ProtocolNumber protocol, UserId owner, CompanyRegistrationNumber company,
                             TopicCode topic, String subject, OfficeCode office, RequestStatus status,
                             OperatorId assignee, boolean awaitingUser, String outcome, Instant createdAt,
                             Instant updatedAt) {
    /** Checks the mandatory components. */
    public RequestSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
