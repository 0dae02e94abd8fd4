package dev.sportello.core.internal.dossiers;

import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.LogSafe;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.requests.ContentTypes;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentSink;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierEvents;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Dossier documents (R-DOS-2): stored from a stream whose first bytes must show the declared type (as
 * the requests area checks files, on content and never on names), hashed and size-limited as they pass,
 * in the feed's transaction — so a refused document leaves nothing; downloaded after an access check,
 * audited, streamed to the caller's sink with the document's name and type.
 *
 * <p>Thread-safe.
 */
final class DocumentFiles {
    private static final int HEAD = 16;

    private final Kernel kernel;
    private final ObjectAccess access;
    private final DossierSettings settings;
    private final DossierNotices notices;

    DocumentFiles(Kernel kernel, ObjectAccess access, DossierSettings settings, DossierNotices notices) {
        this.kernel = kernel;
        this.access = access;
        this.settings = settings;
        this.notices = notices;
    }

    /** A downloaded or stored document, for the audit trail. */
    private record Subject(DossierId dossier, DocumentId document) implements AuditSubject {
        @Override
        public String auditType() {
            return "dossier-document";
        }

        @Override
        public String auditId() {
            return dossier.value() + "#" + document.value();
        }
    }

    DossierDocument store(Principal principal, DocumentUpload upload) {
        return kernel.execute(principal, Operation.DOSSIER_FEED, upload, tx -> {
            ObjectAccess.requireService(principal, Operation.DOSSIER_FEED);
            DossierRecord dossier = DossierRules.load(tx, upload.dossier());
            if (!settings.documentTypes().contains(upload.contentType())) {
                throw SportelloException.invalidField(ErrorCode.DOS_DOCUMENT_TYPE_NOT_ALLOWED, "contentType",
                        Map.of("declared", upload.contentType()));
            }
            Optional<DossierDocument> earlier = tx.store(DocumentStore.class).find(upload.dossier(), upload.id());
            CheckedContent written = write(tx, upload);
            DossierDocument document = new DossierDocument(upload.dossier(), upload.id(), upload.kind(), upload.title(),
                    upload.fileName(), upload.contentType(), upload.year(), upload.issuedOn(), written.size(),
                    written.sha256(), tx.now());
            if (earlier.isPresent() && earlier.get().sha256().equals(document.sha256())
                    && earlier.get().equals(new DossierDocument(document.dossier(), document.id(), document.kind(),
                    document.title(), document.fileName(), document.contentType(), document.year(), document.issuedOn(),
                    document.size(), document.sha256(), earlier.get().storedAt()))) {
                return earlier.get();   // the same document again: the same bytes were written, nothing else changes
            }
            tx.store(DocumentStore.class).put(document);
            Subject subject = new Subject(upload.dossier(), upload.id());
            tx.audit("DOSSIER_DOCUMENT_STORED", subject);
            tx.event(DossierEvents.DOCUMENT_STORED, dossier.id(), Map.of("office", dossier.office().value(),
                    "document", upload.id().value(), "documentKind", upload.kind().name()));
            notices.notifyDocument(tx, dossier, document);
            return document;
        });
    }

    private CheckedContent write(Tx tx, DocumentUpload upload) {
        try (InputStream raw = open(upload)) {
            BufferedInputStream in = new BufferedInputStream(raw, 8192);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) {
                throw SportelloException.invalidField(ErrorCode.DOS_DOCUMENT_EMPTY, "content", Map.of());
            }
            if (!ContentTypes.detect(head).map(upload.contentType()::equals).orElse(false)) {
                throw SportelloException.invalidField(ErrorCode.DOS_DOCUMENT_TYPE_MISMATCH, "content",
                        Map.of("declared", upload.contentType()));
            }
            CheckedContent checked = new CheckedContent(in, settings.maxDocumentBytes());
            tx.store(DocumentContentStore.class).write(upload.dossier(), upload.id(), checked);
            checked.finish();
            return checked;
        } catch (IOException e) {
            throw failed("the document's content could not be read", e);
        }
    }

    private static InputStream open(DocumentUpload upload) throws IOException {
        InputStream in = upload.content().open();
        if (in == null) {
            throw new IOException("the document's content gave no stream");
        }
        return in;
    }

    DossierDocument download(Principal principal, DossierId dossier, DocumentId document, DocumentSink sink) {
        Checks.notNull(dossier, "download", "dossier");
        Checks.notNull(document, "download", "document");
        Checks.notNull(sink, "download", "sink");
        return kernel.execute(principal, Operation.DOSSIER_DOCUMENT_READ, tx -> {
            DossierRecord record = DossierRules.load(tx, dossier);
            access.require(principal, Operation.DOSSIER_DOCUMENT_READ, DossierRules.bound(record), DossierRules.READERS);
            DossierDocument found = tx.store(DocumentStore.class).find(dossier, document).orElseThrow(() ->
                    notFound(dossier, document));
            try {
                OutputStream out = sink.open(found);
                if (out == null || !tx.store(DocumentContentStore.class).read(dossier, document, out)) {
                    throw notFound(dossier, document);
                }
                out.flush();
            } catch (IOException e) {
                throw failed("the document could not be streamed to the sink", e);
            }
            tx.audit("DOSSIER_DOCUMENT_DOWNLOADED", new Subject(dossier, document));
            return found;
        });
    }

    private static SportelloException notFound(DossierId dossier, DocumentId document) {
        return SportelloException.of(ErrorCode.DOS_DOCUMENT_NOT_FOUND, Map.of("dossier", dossier.value(),
                "document", document.value()));
    }

    private static SportelloException failed(String what, IOException e) {
        return SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("reason", what + ": " + LogSafe.describe(e)),
                java.util.List.of(), e);
    }
}
