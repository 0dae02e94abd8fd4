package dev.sportello.requests;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request with its timeline, as the caller may see it (internal notes only for operators).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id, not null
 * @param protocol     the protocol number, not null
 * @param owner        the user the request belongs to (a company when an intermediary acts for it), not null
 * @param submittedBy  who sent it, not null
 * @param company      the company it is about, or null
 * @param dossier      the dossier it is about, or null
 * @param topic        the topic, not null
 * @param subject      the subject line, not null
 * @param fields       the topic fields, not null
 * @param text         the user's text, not null
 * @param office       the office it is routed to, not null
 * @param state        open, in charge or closed, not null
 * @param attachments  every file sent with it, in order, not null
 * @param timeline     every step, oldest first, not null
 * @param createdAt    submission time, not null
 * @param updatedAt    last change, not null
 * @param version      pass it back with every change
 */
public record Request(RequestId id, ProtocolNumber protocol, UserId owner, PartyId submittedBy,
                      CompanyRegistrationNumber company, String dossier, TopicCode topic, String subject,
                      Map<String, String> fields, String text, OfficeCode office, RequestState state,
                      List<AttachmentInfo> attachments, List<TimelineEntry> timeline, Instant createdAt,
                      Instant updatedAt, long version) {
    /** Checks and copies the components. */
    public Request {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        fields = Map.copyOf(fields);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(state, "state");
        attachments = List.copyOf(attachments);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The status. */
    public RequestStatus status() {
        return state.status();
    }

    /** The operator in charge, or null. */
    public OperatorId assignee() {
        return state instanceof RequestState.InCharge inCharge ? inCharge.operator() : null;
    }
}
