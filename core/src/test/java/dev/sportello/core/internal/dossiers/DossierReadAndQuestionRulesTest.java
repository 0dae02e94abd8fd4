package dev.sportello.core.internal.dossiers;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.dossiers.DossierSamples.payment;
import static dev.sportello.core.internal.dossiers.DossierSamples.report;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** What users see of their dossiers (R-DOS-2) and questions about them through requests (R-DOS-3). */
class DossierReadAndQuestionRulesTest {
    private final CoreFixture h = new CoreFixture();
    private final DossierId id = DossierId.of("INAIL-2026-000777");

    @AfterEach
    void close() {
        h.close();
    }

    private UserProfile ownerWithDossier() {
        UserProfile owner = h.citizen();
        h.sdk.dossiers().report(PORTAL, report(id, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(),
                List.of(payment("P-1", "924.00", PaymentStatus.PAID))));
        return owner;
    }

    @Nested
    @DisplayName("R-DOS-2 the owner, a delegate whose delegation covers it, operators of the managing office; nobody else")
    class Access {
        @Test
        @DisplayName("R-DOS-2 access for each kind of principal, denials audited")
        void accessPerPrincipal() {
            UserProfile owner = ownerWithDossier();
            UserProfile stranger = h.citizen();
            UserProfile trusted = h.citizen();
            DelegationRequested requested = h.sdk.delegations().request(as(owner), new RequestDelegation(
                    DelegationKind.DIGITAL_IDENTITY, owner.id(), trusted.id(), null, CoreFixture.START.plus(Duration.ofDays(30)),
                    null));
            h.sdk.delegations().accept(as(trusted), new AcceptDelegation(requested.delegation().id(), requested.acceptanceCode()));
            Principal delegate = Principal.user(trusted.id(), Credential.SPID_L2).actingFor(owner.id());
            assertThat(h.sdk.dossiers().get(as(owner), id).status()).isEqualTo(DossierStatus.DECIDED);
            assertThat(h.sdk.dossiers().get(delegate, id).outcome().code()).isEqualTo("ACCEPTED");
            assertThat(h.sdk.dossiers().payments(CoreFixture.CAGLIARI, id)).hasSize(1);
            fails(() -> h.sdk.dossiers().get(as(stranger), id), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.dossiers().get(CoreFixture.BACK_OFFICE, id), ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> h.sdk.dossiers().get(PORTAL, id), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.dossiers().get(as(stranger).actingFor(owner.id()), id), ErrorCode.ACCESS_DELEGATION_MISSING);
            assertThat(h.denials(id)).hasSize(3);
            fails(() -> h.sdk.dossiers().get(as(owner), DossierId.of("NOPE")), ErrorCode.DOS_NOT_FOUND);
        }

        @Test
        @DisplayName("R-DOS-2 payments and documents need SUBSTANTIAL: the institutional PIN is accepted, a LOW credential is not")
        void paymentsNeedAStrongerCredential() {
            UserProfile owner = ownerWithDossier();
            Principal low = Principal.user(owner.id(), Credential.SPID_L1);
            assertThat(h.sdk.dossiers().get(low, id).id()).isEqualTo(id);
            fails(() -> h.sdk.dossiers().payments(low, id), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(h.sdk.dossiers().payments(Principal.user(owner.id(), Credential.INSTITUTIONAL_PIN), id)).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-DOS-2 my dossiers, filtered by kind and status, in keyset pages")
    void myDossiersInPages() {
        UserProfile owner = h.citizen();
        for (int i = 0; i < 7; i++) {
            h.clock.advance(Duration.ofSeconds(1));
            h.sdk.dossiers().report(PORTAL, report(DossierId.of("D-" + i), owner.id(), 1,
                    i % 2 == 0 ? DossierStatus.IN_PROGRESS : DossierStatus.CLOSED));
        }
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(3);
        while (page != null) {
            Page<DossierSummary> result = h.sdk.dossiers().search(as(owner), DossierSearch.all(page));
            result.items().forEach(s -> seen.add(s.id().value()));
            page = page.after(result);
        }
        assertThat(seen).containsExactly("D-6", "D-5", "D-4", "D-3", "D-2", "D-1", "D-0");
        assertThat(h.sdk.dossiers().search(as(owner), new DossierSearch(Set.of(DossierKindCode.WORKPLACE_INJURY),
                Set.of(DossierStatus.CLOSED), PageRequest.first(10))).items()).extracting(s -> s.id().value())
                .containsExactly("D-5", "D-3", "D-1");
        assertThat(h.sdk.dossiers().search(as(owner), new DossierSearch(Set.of(DossierKindCode.PENSION), Set.of(),
                PageRequest.first(10))).items()).isEmpty();
        fails(() -> h.sdk.dossiers().search(as(owner), DossierSearch.all(new PageRequest(3, "forged!"))),
                ErrorCode.PAGE_CURSOR_INVALID);
    }

    @Nested
    @DisplayName("R-DOS-2 documents streamed in and out, checked on their bytes, each download audited")
    class Documents {
        @Test
        @DisplayName("R-DOS-2 a 3 MiB tax certificate goes in and out as a stream, with its name and type")
        void aDocumentIsStreamed() {
            UserProfile owner = ownerWithDossier();
            byte[] content = DossierSamples.pdfBytes(3 << 20);
            int[] opened = new int[1];
            DossierDocument stored = h.sdk.dossiers().storeDocument(PORTAL, new dev.sportello.dossiers.DocumentUpload(id,
                    DocumentId.of("CU-2026"), dev.sportello.dossiers.DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026",
                    "CU_2026.pdf", "application/pdf", 2026, java.time.LocalDate.of(2026, 3, 16), () -> {
                        opened[0]++;
                        return new java.io.ByteArrayInputStream(content);
                    }));
            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(h.sdk.dossiers().documentsOfUser(as(owner))).containsExactly(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String[] headers = new String[2];
            DossierDocument served = h.sdk.dossiers().download(as(owner), id, DocumentId.of("CU-2026"), document -> {
                headers[0] = document.fileName();
                headers[1] = document.contentType();
                return out;
            });
            assertThat(served).isEqualTo(stored);
            assertThat(headers).containsExactly("CU_2026.pdf", "application/pdf");
            assertThat(out.toByteArray()).isEqualTo(content);
            assertThat(h.sdk.audit().forSubject(PORTAL, new dev.sportello.AuditSubject() {
                @Override
                public String auditType() {
                    return "dossier-document";
                }

                @Override
                public String auditId() {
                    return id.value() + "#CU-2026";
                }
            }, PageRequest.first(10)).items()).extracting(a -> a.action())
                    .containsExactly("DOSSIER_DOCUMENT_STORED", "DOSSIER_DOCUMENT_DOWNLOADED");
            fails(() -> h.sdk.dossiers().download(as(h.citizen()), id, DocumentId.of("CU-2026"), d -> out),
                    ErrorCode.ACCESS_NOT_OWNER);
        }

        @Test
        @DisplayName("R-DOS-2 bytes that are not their declared type are refused and nothing is stored")
        void aDocumentOfAnotherTypeIsRefused() {
            UserProfile owner = ownerWithDossier();
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
            dev.sportello.SportelloException e = fails(() -> h.sdk.dossiers().storeDocument(PORTAL,
                    DossierSamples.pdf(id, "CU-2026", png)), ErrorCode.DOS_DOCUMENT_TYPE_MISMATCH);
            assertThat(e.details()).containsEntry("field", "content");
            fails(() -> h.sdk.dossiers().storeDocument(PORTAL, DossierSamples.pdf(id, "CU-2026", new byte[0])),
                    ErrorCode.DOS_DOCUMENT_EMPTY);
            assertThat(h.read((Stores s) -> s.get(DocumentStore.class).list(id))).isEmpty();
            fails(() -> h.sdk.dossiers().download(as(owner), id, DocumentId.of("CU-2026"), d -> new ByteArrayOutputStream()),
                    ErrorCode.DOS_DOCUMENT_NOT_FOUND);
        }

        @Test
        @DisplayName("R-DOS-2 a document over the limit is refused part-way and leaves nothing")
        void aTooLargeDocumentLeavesNothing() {
            try (CoreFixture small = new CoreFixture(b -> b.dossiers(d -> d.maxDocumentBytes(1024)))) {
                UserProfile owner = small.citizen();
                small.sdk.dossiers().report(PORTAL, report(id, owner.id(), 1, DossierStatus.RECEIVED));
                fails(() -> small.sdk.dossiers().storeDocument(PORTAL, DossierSamples.pdf(id, "BIG", DossierSamples.pdfBytes(4096))),
                        ErrorCode.DOS_DOCUMENT_TOO_LARGE);
                assertThat(small.read((Stores s) -> s.get(DocumentStore.class).list(id))).isEmpty();
                assertThat(small.read((Stores s) -> {
                    try {
                        return s.get(dev.sportello.dossiers.spi.DocumentContentStore.class).read(id, DocumentId.of("BIG"),
                                new ByteArrayOutputStream());
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                })).isFalse();
            }
        }
    }

    @Nested
    @DisplayName("R-DOS-3 questions and personal-data changes go through requests")
    class Questions {
        @Test
        @DisplayName("R-DOS-3 a question about a dossier goes to its managing office and is linked both ways")
        void aQuestionGoesToTheManagingOffice() {
            UserProfile owner = ownerWithDossier();
            Request question = h.sdk.requests().submit(as(owner), new SubmitRequest(h.key(), TopicCode.DOSSIER_STATUS, null,
                    id.value(), Map.of(), "Quando arriva il prossimo pagamento?", List.of()));
            assertThat(question.office()).isEqualTo(TestOffices.CAGLIARI);   // residence is Roma
            assertThat(question.dossier()).isEqualTo(id.value());
            assertThat(h.sdk.dossiers().get(as(owner), id).requests()).containsExactly(question.id());
        }

        @Test
        @DisplayName("R-DOS-3 a request naming someone else's dossier, or an unknown one, is refused and nothing is stored")
        void someoneElsesDossierIsRefused() {
            ownerWithDossier();
            UserProfile stranger = h.citizen();
            fails(() -> h.sdk.requests().submit(as(stranger), new SubmitRequest(h.key(), TopicCode.DOSSIER_STATUS, null,
                    id.value(), Map.of(), "Curiosità", List.of())), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.requests().submit(as(stranger), new SubmitRequest(h.key(), TopicCode.DOSSIER_STATUS, null,
                    "UNKNOWN-1", Map.of(), "Curiosità", List.of())), ErrorCode.DOS_NOT_FOUND);
            assertThat(h.sdk.requests().search(as(stranger), dev.sportello.requests.RequestSearch.all(PageRequest.first(10)))
                    .items()).isEmpty();
            assertThat(h.read((Stores s) -> s.get(dev.sportello.dossiers.spi.DossierStore.class).requests(id))).isEmpty();
        }

        @Test
        @DisplayName("R-DOS-3 a personal-data change names its changes and goes to the competent office")
        void aPersonalDataChange() {
            UserProfile owner = ownerWithDossier();
            Request change = h.sdk.requests().submit(as(owner), new SubmitRequest(h.key(), TopicCode.PERSONAL_DATA_CHANGE, null,
                    null, Map.of("address", "Via Appia 10", "postalCode", "00179"), "Ho cambiato indirizzo", List.of()));
            assertThat(change.office()).isEqualTo(TestOffices.ROMA);
            assertThat(change.fields()).containsEntry("address", "Via Appia 10");
            fails(() -> h.sdk.requests().submit(as(owner), new SubmitRequest(h.key(), TopicCode.PERSONAL_DATA_CHANGE, null,
                    null, Map.of(), "Niente", List.of())), ErrorCode.REQ_FIELD_MISSING);
        }
    }

}
