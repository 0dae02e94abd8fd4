package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        Arguments.required(id, "Request", "id");
        Arguments.required(protocol, "Request", "protocol");
        Arguments.required(owner, "Request", "owner");
        Arguments.required(submittedBy, "Request", "submittedBy");
        Arguments.required(topic, "Request", "topic");
        Arguments.required(subject, "Request", "subject");
        fields = Arguments.map(fields, "Request", "fields");
        Arguments.required(text, "Request", "text");
        Arguments.required(office, "Request", "office");
        Arguments.required(state, "Request", "state");
        attachments = Arguments.list(attachments, "Request", "attachments");
        timeline = Arguments.list(timeline, "Request", "timeline");
        Arguments.required(createdAt, "Request", "createdAt");
        Arguments.required(updatedAt, "Request", "updatedAt");
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
