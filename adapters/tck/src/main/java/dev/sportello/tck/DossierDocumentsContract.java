package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.sportello.tck.SdkHarness.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossier documents over the storage under test (R-DOS-2): content streamed in and out byte for byte
 * (across the storage's chunks), served with its name and type before its bytes, each download audited;
 * content that is not its declared type, empty or too large refused with nothing stored and an earlier
 * version left whole; a unit of work run twice stores the document once.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DossierDocumentsContract extends DossierScenarios {
    private static final String PDF = "application/pdf";

    /** Counts the streams the SDK opens and closes. */
    private static final class Source {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        DocumentUpload upload(DossierId dossier, String id, byte[] content) {
            return new DocumentUpload(dossier, DocumentId.of(id), DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026",
                    "CU_2026.pdf", PDF, 2026, LocalDate.of(2026, 3, 16), () -> {
                        opened.incrementAndGet();
                        return new ByteArrayInputStream(content) {
                            @Override
                            public void close() {
                                closed.incrementAndGet();
                            }
                        };
                    });
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a 1.5 MiB tax certificate goes in and out byte for byte, its name and type before its bytes, audited")
    void aDocumentIsStreamedInAndOutAsStored() {
        DossierId id = DossierId.of("INAIL-2026-000400");
        UserProfile owner = ownerOf(id);
        byte[] content = pdf((3 << 19) + 17, 7);   // 1.5 MiB and a bit: past several storage chunks
        Source source = new Source();
        DossierDocument stored = h.sdk.dossiers().storeDocument(RECORDS, source.upload(id, "CU-2026", content));
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.contentType()).isEqualTo(PDF);
        assertThat(source.opened.get()).isPositive().isEqualTo(source.closed.get());
        assertThat(h.sdk.dossiers().documents(as(owner), id)).containsExactly(stored);
        assertThat(h.sdk.dossiers().documentsOfUser(as(owner))).containsExactly(stored);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierDocument[] announced = new DossierDocument[1];
        DossierDocument served = h.sdk.dossiers().download(as(owner), id, DocumentId.of("CU-2026"), document -> {
            assertThat(out.size()).as("the headers come before the bytes").isZero();
            announced[0] = document;
            return out;
        });
        assertThat(served).isEqualTo(stored).isEqualTo(announced[0]);
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, documentSubject(id, "CU-2026"), PageRequest.first(10)).items())
                .extracting(AuditEntry::action).containsExactly("DOSSIER_DOCUMENT_STORED", "DOSSIER_DOCUMENT_DOWNLOADED");

        h.clock.advance(Duration.ofMinutes(1));
        assertThat(h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, content)))
                .as("the same document again changes nothing").isEqualTo(stored);
        byte[] corrected = pdf(3000, 8);
        DossierDocument replaced = h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, corrected));
        assertThat(replaced.size()).isEqualTo(3000);
        assertThat(replaced.storedAt()).isAfter(stored.storedAt());
        assertThat(h.sdk.dossiers().documents(as(owner), id)).containsExactly(replaced);
        assertThat(download(as(owner), id, "CU-2026")).as("no byte of the longer first version is left").isEqualTo(corrected);
    }

    @Test
    @DisplayName("content that is not its declared type, empty, or of a type not allowed is refused and nothing is stored")
    void wrongContentIsRefusedAndNothingIsStored() {
        DossierId id = DossierId.of("INAIL-2026-000401");
        UserProfile owner = ownerOf(id);
        byte[] png = SampleFiles.png(2048, 3);
        SportelloException mismatch = fails(() -> h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, png)),
                ErrorCode.DOS_DOCUMENT_TYPE_MISMATCH);
        assertThat(mismatch.details()).containsEntry("field", "content");
        fails(() -> h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", "image/png", png)),
                ErrorCode.DOS_DOCUMENT_TYPE_NOT_ALLOWED);
        fails(() -> h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, new byte[0])), ErrorCode.DOS_DOCUMENT_EMPTY);
        fails(() -> h.sdk.dossiers().storeDocument(RECORDS, upload(DossierId.of("NOPE-1"), "CU-2026", PDF, pdf(512, 1))),
                ErrorCode.DOS_NOT_FOUND);
        assertThat(h.sdk.dossiers().documents(as(owner), id)).isEmpty();
        assertThat(contentStored(id, "CU-2026")).isFalse();
        fails(() -> download(as(owner), id, "CU-2026"), ErrorCode.DOS_DOCUMENT_NOT_FOUND);

        byte[] good = pdf(5000, 4);
        h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, good));
        fails(() -> h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, png)), ErrorCode.DOS_DOCUMENT_TYPE_MISMATCH);
        assertThat(download(as(owner), id, "CU-2026")).as("the stored version is left whole").isEqualTo(good);
        assertThat(h.sdk.dossiers().documents(as(owner), id)).singleElement().satisfies(d -> assertThat(d.size()).isEqualTo(5000));
    }

    @Test
    @DisplayName("content over the limit is refused part-way, after some of it reached the storage, and leaves nothing")
    void contentOverTheLimitLeavesNothing() {
        DossierId id = DossierId.of("INAIL-2026-000402");
        byte[] good = pdf(5000, 5);
        byte[] big = pdf(1 << 20, 6);
        try (SdkHarness small = harness(storage, b -> b.dossiers(d -> d.maxDocumentBytes(600_000)))) {
            UserProfile owner = small.citizen();
            small.sdk.dossiers().report(RECORDS, report(id, owner.id(), 1, dev.sportello.dossiers.DossierStatus.DECIDED));
            small.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", PDF, good));
            ByteArrayInputStream[] given = new ByteArrayInputStream[1];
            fails(() -> small.sdk.dossiers().storeDocument(RECORDS, new DocumentUpload(id, DocumentId.of("CU-2026"),
                    DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026", "CU_2026.pdf", PDF, 2026,
                    LocalDate.of(2026, 3, 16), () -> given[0] = new ByteArrayInputStream(big))), ErrorCode.DOS_DOCUMENT_TOO_LARGE);
            assertThat(given[0].available()).as("refused part-way, not read to the end").isPositive();
            fails(() -> small.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2027", PDF, big)),
                    ErrorCode.DOS_DOCUMENT_TOO_LARGE);
            assertThat(small.sdk.dossiers().documents(as(owner), id)).extracting(DossierDocument::id)
                    .containsExactly(DocumentId.of("CU-2026"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            small.sdk.dossiers().download(as(owner), id, DocumentId.of("CU-2026"), d -> out);
            assertThat(out.toByteArray()).isEqualTo(good);
            assertThat(contentStored(id, "CU-2027")).isFalse();
        }
    }

    @Test
    @DisplayName("a unit of work that the storage runs again opens the content again and stores the document once")
    void aRerunStoresTheDocumentOnce() {
        DossierId id = DossierId.of("INAIL-2026-000403");
        byte[] content = pdf(300_000, 9);
        RerunningStorage rerunning = new RerunningStorage(storage);
        try (SdkHarness twice = harness(rerunning, b -> { })) {
            UserProfile owner = twice.citizen();
            twice.sdk.dossiers().report(RECORDS, report(id, owner.id(), 1, dev.sportello.dossiers.DossierStatus.DECIDED));
            Source source = new Source();
            rerunning.rerunNext(1);
            DossierDocument stored = twice.sdk.dossiers().storeDocument(RECORDS, source.upload(id, "SLIP-2026-11", content));
            assertThat(rerunning.rerun()).isEqualTo(1);
            assertThat(source.opened.get()).as("opened once per run").isEqualTo(2).isEqualTo(source.closed.get());
            assertThat(twice.sdk.dossiers().documents(as(owner), id)).containsExactly(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            twice.sdk.dossiers().download(as(owner), id, DocumentId.of("SLIP-2026-11"), d -> out);
            assertThat(out.toByteArray()).isEqualTo(content);
            assertThat(twice.sdk.audit().forSubject(SdkHarness.PORTAL, documentSubject(id, "SLIP-2026-11"),
                    PageRequest.first(10)).items()).extracting(AuditEntry::action).containsExactly("DOSSIER_DOCUMENT_STORED",
                    "DOSSIER_DOCUMENT_DOWNLOADED");
        }
    }
}
