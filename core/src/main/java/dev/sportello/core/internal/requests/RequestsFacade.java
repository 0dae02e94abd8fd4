package dev.sportello.core.internal.requests;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.Requests;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TransferRequest;

import java.util.List;

/**
 * The {@link Requests} use case (R-REQ-1…7), handing each call to the part that owns it.
 *
 * <p>Thread-safe.
 */
final class RequestsFacade implements Requests {
    private final Submission submission;
    private final BackOffice backOffice;
    private final RequestReads reads;
    private final RequestRules rules;

    RequestsFacade(Submission submission, BackOffice backOffice, RequestReads reads, RequestRules rules) {
        this.submission = submission;
        this.backOffice = backOffice;
        this.reads = reads;
        this.rules = rules;
    }

    @Override
    public Request submit(Principal principal, SubmitRequest command) {
        return submission.submit(principal, command);
    }

    @Override
    public Request get(Principal principal, RequestId request) {
        return reads.get(principal, request);
    }

    @Override
    public Page<RequestSummary> search(Principal principal, RequestSearch search) {
        return reads.search(principal, search);
    }

    @Override
    public List<StoredFile> files(Principal principal, RequestId request, ArchiveId archive) {
        return reads.files(principal, request, archive);
    }

    @Override
    public Request takeInCharge(Principal principal, TakeInCharge command) {
        return backOffice.takeInCharge(principal, command);
    }

    @Override
    public Request comment(Principal principal, CommentRequest command) {
        return backOffice.comment(principal, command);
    }

    @Override
    public Request askForInformation(Principal principal, AskForInformation command) {
        return backOffice.askForInformation(principal, command);
    }

    @Override
    public Request answer(Principal principal, AnswerRequest command) {
        return submission.answer(principal, command, rules);
    }

    @Override
    public Request close(Principal principal, CloseRequest command) {
        return backOffice.close(principal, command);
    }

    @Override
    public Request reassign(Principal principal, ReassignRequest command) {
        return backOffice.reassign(principal, command);
    }

    @Override
    public Request transfer(Principal principal, TransferRequest command) {
        return backOffice.transfer(principal, command);
    }

    @Override
    public Page<RequestSummary> queue(Principal principal, QueueQuery query) {
        return reads.queue(principal, query);
    }

    @Override
    public OfficeFigures figures(Principal principal, OfficeCode office) {
        return reads.figures(principal, office);
    }
}
