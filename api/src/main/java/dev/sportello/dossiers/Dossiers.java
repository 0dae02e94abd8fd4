package dev.sportello.dossiers;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Dossiers (R-DOS-1…3): the feed from the institution's systems of record, and what the user sees of their
 * cases. The feed ({@link #report}, {@link #reportAll}, {@link #storeDocument}) is for service principals
 * only ({@code DOSSIER_FEED}). A dossier is read by its owner, by a delegate whose delegation covers the
 * operation, and by the operators of its managing office; by nobody else (denials are audited). Payments
 * ({@code DOSSIER_PAYMENT_READ}) and documents ({@code DOSSIER_DOCUMENT_READ}) need SUBSTANTIAL assurance by
 * default; the institutional PIN is accepted for the three reads.
 *
 * <p>Every method throws {@link dev.sportello.SportelloException} with a stable code on bad input or
 * denial, and takes the acting principal explicitly; null arguments are refused with a code.
 * Implementations are thread-safe.
 */
public interface Dossiers {
    /**
     * Applies one report (R-DOS-1), in one transaction: creates the dossier, or changes it, or — for a
     * stale or repeated report — changes nothing and says so. Notable changes notify the owner.
     *
     * @param principal a service principal
     * @param report    the report
     * @return {@link ReportResult.Applied} or {@link ReportResult.Unchanged}, never Rejected
     * @throws dev.sportello.InvalidInputException with {@code DOS_KIND_UNKNOWN}, {@code DOS_OWNER_UNKNOWN},
     *         {@code DOS_OFFICE_UNKNOWN}, {@code DOS_AMOUNT_INVALID}, {@code DOS_IBAN_INVALID},
     *         {@code DOS_OUTCOME_TOO_EARLY}, {@code DOS_MEASURE_PAYMENT_UNKNOWN} or {@code VALIDATION_FAILED}
     * @throws dev.sportello.RuleViolationException with {@code DOS_STATUS_BACKWARDS} or {@code DOS_OWNER_CHANGED}
     * @throws dev.sportello.ConflictException with {@code DOS_SEQUENCE_REUSED} (the last sequence number with
     *         other content)
     * @throws dev.sportello.AccessDeniedException with {@code ACCESS_ROLE_REQUIRED} for a principal that is not
     *         a service
     */
    ReportResult report(Principal principal, DossierReport report);

    /**
     * Applies many reports (a nightly synchronisation), answering per report in the same order: a refused
     * report is {@link ReportResult.Rejected} and loses nothing of the others. Reports are applied in
     * transactions of up to {@code DossierSettings.feedBatchSize()} reports; a report about a dossier sees
     * the earlier reports of the same call.
     *
     * @param principal a service principal
     * @param reports   the reports, at most 10,000 per call
     * @return one result per report, in order
     * @throws dev.sportello.AccessDeniedException with {@code ACCESS_ROLE_REQUIRED} for a principal that is not
     *         a service (nothing applied)
     * @throws dev.sportello.InvalidInputException with {@code VALIDATION_FAILED} for a null or too long list
     */
    List<ReportResult> reportAll(Principal principal, List<DossierReport> reports);

    /**
     * Stores a document of a dossier, streaming its content in and checking its type on the bytes; the
     * owner is told of a new document.
     *
     * @param principal a service principal
     * @param upload    the document and its content
     * @return the document as stored
     * @throws dev.sportello.InvalidInputException with {@code DOS_DOCUMENT_TYPE_MISMATCH},
     *         {@code DOS_DOCUMENT_TYPE_NOT_ALLOWED}, {@code DOS_DOCUMENT_TOO_LARGE} or {@code DOS_DOCUMENT_EMPTY}
     * @throws dev.sportello.NotFoundException with {@code DOS_NOT_FOUND}
     */
    DossierDocument storeDocument(Principal principal, DocumentUpload upload);

    /**
     * A dossier with its timeline, outcome, measures and related requests.
     *
     * @param principal the owner, a delegate, or an operator of the managing office
     * @param dossier   the dossier
     * @return the dossier
     * @throws dev.sportello.NotFoundException with {@code DOS_NOT_FOUND}
     */
    Dossier get(Principal principal, DossierId dossier);

    /**
     * The principal's subject's dossiers (their own, or those of the user they act for).
     *
     * @param principal a user, or a delegate acting for one
     * @param search    the filters and page
     * @return the page
     */
    Page<DossierSummary> search(Principal principal, DossierSearch search);

    /**
     * The payments of a dossier, latest date first (ties by id), with the IBAN masked.
     *
     * @param principal the owner, a delegate, or an operator of the managing office
     * @param dossier   the dossier
     * @return the payments
     * @throws dev.sportello.NotFoundException with {@code DOS_NOT_FOUND}
     */
    List<Payment> payments(Principal principal, DossierId dossier);

    /**
     * A user's personal data as the institution holds them (reported by the feed), if reported.
     *
     * @param principal the user, or a delegate acting for them
     * @param user      the user
     * @return the data, if any
     */
    Optional<PersonalData> personalData(Principal principal, UserId user);

    /**
     * The documents of a dossier, latest issued first (ties by id).
     *
     * @param principal the owner, a delegate, or an operator of the managing office
     * @param dossier   the dossier
     * @return the documents
     * @throws dev.sportello.NotFoundException with {@code DOS_NOT_FOUND}
     */
    List<DossierDocument> documents(Principal principal, DossierId dossier);

    /**
     * The documents of all the principal's subject's dossiers, latest issued first (ties by dossier and id).
     *
     * @param principal a user, or a delegate acting for one
     * @return the documents
     */
    List<DossierDocument> documentsOfUser(Principal principal);

    /**
     * Downloads ("prints") a document as it is stored, with its name and type: access is checked and the
     * download audited, then the bytes are streamed to the sink inside a read transaction.
     *
     * @param principal the owner, a delegate, or an operator of the managing office
     * @param dossier   the dossier
     * @param document  the document
     * @param sink      where the bytes go
     * @return the document that was served
     * @throws dev.sportello.NotFoundException with {@code DOS_NOT_FOUND} or {@code DOS_DOCUMENT_NOT_FOUND}
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_FAILED} if the sink fails
     */
    DossierDocument download(Principal principal, DossierId dossier, DocumentId document, DocumentSink sink);
}
