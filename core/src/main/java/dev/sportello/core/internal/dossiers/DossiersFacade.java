package dev.sportello.core.internal.dossiers;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentSink;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Dossiers;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.ReportResult;

import java.util.List;
import java.util.Optional;

/**
 * The {@link Dossiers} use case (R-DOS-1…3), handing each call to the part that owns it.
 *
 * <p>Thread-safe.
 */
final class DossiersFacade implements Dossiers {
    private final Feed feed;
    private final DossierReads reads;
    private final DocumentFiles files;

    DossiersFacade(Feed feed, DossierReads reads, DocumentFiles files) {
        this.feed = feed;
        this.reads = reads;
        this.files = files;
    }

    @Override
    public ReportResult report(Principal principal, DossierReport report) {
        return feed.report(principal, report);
    }

    @Override
    public List<ReportResult> reportAll(Principal principal, List<DossierReport> reports) {
        return feed.reportAll(principal, reports);
    }

    @Override
    public DossierDocument storeDocument(Principal principal, DocumentUpload upload) {
        return files.store(principal, upload);
    }

    @Override
    public Dossier get(Principal principal, DossierId dossier) {
        return reads.get(principal, dossier);
    }

    @Override
    public Page<DossierSummary> search(Principal principal, DossierSearch search) {
        return reads.search(principal, search);
    }

    @Override
    public List<Payment> payments(Principal principal, DossierId dossier) {
        return reads.payments(principal, dossier);
    }

    @Override
    public Optional<PersonalData> personalData(Principal principal, UserId user) {
        return reads.personalData(principal, user);
    }

    @Override
    public List<DossierDocument> documents(Principal principal, DossierId dossier) {
        return reads.documents(principal, dossier);
    }

    @Override
    public List<DossierDocument> documentsOfUser(Principal principal) {
        return reads.documentsOfUser(principal);
    }

    @Override
    public DossierDocument download(Principal principal, DossierId dossier, DocumentId document, DocumentSink sink) {
        return files.download(principal, dossier, document, sink);
    }
}
