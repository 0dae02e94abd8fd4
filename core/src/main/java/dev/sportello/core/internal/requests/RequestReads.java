package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess.Viewer;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.OperatorRole;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;

import java.util.List;
import java.util.Map;

/**
 * Reading requests (R-REQ-5, R-REQ-6): one request with its timeline (internal notes for the office
 * only), the user's search, the files through the zip guard, the office's queue and its figures.
 *
 * <p>Thread-safe.
 */
final class RequestReads {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final Submission submission;

    RequestReads(Kernel kernel, ObjectAccess access, Submission submission) {
        this.kernel = kernel;
        this.access = access;
        this.submission = submission;
    }

    Request get(Principal principal, RequestId request) {
        Checks.notNull(request, "get", "request");
        return kernel.execute(principal, Operation.REQUEST_READ, tx -> {
            RequestRecord record = RequestRules.load(tx, request);
            Viewer viewer = access.require(principal, Operation.REQUEST_READ, RequestRules.bound(record), Rule.ANYONE);
            return RequestRules.view(tx, record, viewer != Viewer.OWNER);
        });
    }

    Page<RequestSummary> search(Principal principal, RequestSearch search) {
        return kernel.execute(principal, Operation.REQUEST_READ, search, tx -> {
            UserId owner = ObjectAccess.requireUser(principal, Operation.REQUEST_READ);
            return tx.store(RequestStore.class).search(owner, search);
        });
    }

    List<StoredFile> files(Principal principal, RequestId request, ArchiveId archive) {
        Checks.notNull(request, "files", "request");
        Checks.notNull(archive, "files", "archive");
        return kernel.execute(principal, Operation.REQUEST_READ, tx -> {
            RequestRecord record = RequestRules.load(tx, request);
            access.require(principal, Operation.REQUEST_READ, RequestRules.bound(record), Rule.ANYONE);
            boolean known = record.attachments().stream().anyMatch(a -> a.archive().equals(archive));
            byte[] zip = known ? tx.store(AttachmentStore.class).get(archive).orElse(null) : null;
            if (zip == null) {
                throw SportelloException.of(ErrorCode.REQ_ARCHIVE_NOT_FOUND, Map.of("requestId", request.toString(),
                        "archiveId", archive.toString()));
            }
            return submission.read(archive, zip);
        });
    }

    Page<RequestSummary> queue(Principal principal, QueueQuery query) {
        return kernel.execute(principal, Operation.REQUEST_WORK, query, tx -> {
            access.requireOfficeStaff(principal, Operation.REQUEST_WORK, query.office());
            return tx.store(RequestStore.class).queue(query, tx.now());
        });
    }

    OfficeFigures figures(Principal principal, OfficeCode office) {
        Checks.notNull(office, "figures", "office");
        return kernel.execute(principal, Operation.REQUEST_SUPERVISE, tx -> {
            access.requireOfficeStaff(principal, Operation.REQUEST_SUPERVISE, office, OperatorRole.SUPERVISOR);
            return tx.store(RequestStore.class).figures(office, tx.now());
        });
    }
}
