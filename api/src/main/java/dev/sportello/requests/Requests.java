package dev.sportello.requests;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.offices.OfficeCode;

import java.util.List;

/**
 * Two-way communication with the competent office (R-REQ-1…7): users submit requests with up to 3
 * files, which are registered with a protocol number and routed; operators work them through
 * OPEN → IN_CHARGE → CLOSED with comments, questions and an outcome; everybody searches what they may
 * see.
 *
 * <p>Access: the owner (or whoever acts for the owner with a valid delegation, e.g. an intermediary with
 * a company's mandate), operators of the office the request is routed to, and services. Every other
 * access is denied and audited.
 *
 * <p>Implementations are thread-safe.
 */
public interface Requests {
    /**
     * Submits a request; a retry with the same idempotency key returns the first one.
     *
     * @param principal the user (or the intermediary acting for a company), not null
     * @param command   the request, not null
     * @return the registered request
     */
    Request submit(Principal principal, SubmitRequest command);

    /**
     * A request with its timeline (internal notes only for operators and services).
     *
     * @param principal the acting principal, not null
     * @param request   the request, not null
     * @return the request
     */
    Request get(Principal principal, RequestId request);

    /**
     * Searches the requests of the principal's subject (the user, or the company acted for).
     *
     * @param principal the acting principal, not null
     * @param search    the filters and page, not null
     * @return the page, newest update first
     */
    Page<RequestSummary> search(Principal principal, RequestSearch search);

    /**
     * Reads back the files of an archive of a request, through the zip guard.
     *
     * @param principal the acting principal, not null
     * @param request   the request, not null
     * @param archive   the archive, not null
     * @return the files, in the archive's order
     */
    List<StoredFile> files(Principal principal, RequestId request, ArchiveId archive);

    /**
     * Takes a request in charge.
     *
     * @param principal an operator of the request's office, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request takeInCharge(Principal principal, TakeInCharge command);

    /**
     * Writes to the user, or an internal note.
     *
     * @param principal an operator of the request's office, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request comment(Principal principal, CommentRequest command);

    /**
     * Asks the user for more information.
     *
     * @param principal the operator in charge, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request askForInformation(Principal principal, AskForInformation command);

    /**
     * Answers the operator's question.
     *
     * @param principal the owner, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request answer(Principal principal, AnswerRequest command);

    /**
     * Closes a request with an outcome.
     *
     * @param principal the operator in charge, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request close(Principal principal, CloseRequest command);

    /**
     * Reassigns a request within its office.
     *
     * @param principal an operator of the request's office, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request reassign(Principal principal, ReassignRequest command);

    /**
     * Transfers a request to another office.
     *
     * @param principal an operator of the request's office, not null
     * @param command   the command, not null
     * @return the request after the change
     */
    Request transfer(Principal principal, TransferRequest command);

    /**
     * An office queue.
     *
     * @param principal an operator of the office, not null
     * @param query     the filters and page, not null
     * @return the page, oldest first
     */
    Page<RequestSummary> queue(Principal principal, QueueQuery query);

    /**
     * Figures of an office for its supervisors.
     *
     * @param principal a supervisor of the office, or a service, not null
     * @param office    the office, not null
     * @return the figures
     */
    OfficeFigures figures(Principal principal, OfficeCode office);
}
