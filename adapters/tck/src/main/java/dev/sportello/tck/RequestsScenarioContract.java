package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests submitted end to end over the storage under test: protocol numbers, files, access
 * and pilots (R-REQ-1…3, R-REQ-7, R-DEL-3, R-DEL-5).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class RequestsScenarioContract extends RequestScenarios {
    @Test
    void anIntermediarySubmitsForACompanyWithThreeFilesAndGetsAProtocolNumber() {
        Mandated m = mandated();
        List<Attachment> files = List.of(TestFiles.pdf("DURC richiesta.pdf", 20_000), TestFiles.jpeg("ricevuta F24.jpg", 15_000),
                TestFiles.png("../estratto conto.png", 10_000));
        h.clock.advance(Duration.ofNanos(123_456_789));   // finer than any database keeps
        Request request = h.sdk.requests().submit(m.forCompany(), regularity(m.company(), files));
        assertThat(h.sdk.requests().get(m.forCompany(), request.id())).as("what submit returned is what is stored")
                .isEqualTo(request);
        assertThat(request.createdAt().getNano() % 1_000).isZero();
        assertThat(request.protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000001");
        assertThat(request.owner()).isEqualTo(m.company().id());
        assertThat(request.submittedBy()).isEqualTo(m.consultant().id());
        assertThat(request.office()).isEqualTo(TckOffices.ROMA);
        assertThat(request.state()).isEqualTo(new RequestState.Open());
        assertThat(request.subject()).isEqualTo("Regolarità contributiva – periodo 2026-01/2026-03");
        assertThat(request.attachments()).extracting(AttachmentInfo::name)
                .containsExactly("DURC richiesta.pdf", "ricevuta F24.jpg", "estratto conto.png");
        assertThat(request.timeline()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.SUBMITTED, TimelineKind.REGISTERED, TimelineKind.ROUTED);
        assertThat(request.timeline().get(0).onBehalfOf()).isEqualTo(m.company().id());
        ArchiveId archive = request.attachments().get(0).archive();
        List<StoredFile> back = h.sdk.requests().files(m.forCompany(), request.id(), archive);
        assertThat(back.get(1).content()).isEqualTo(files.get(1).content());
        assertThat(h.sdk.notifications().messages(SdkHarness.as(m.company()), m.company().id(), PageRequest.first(20)).items())
                .filteredOn(v -> v.channel() == Channel.INBOX).extracting(MessageView::kind)
                .contains(RequestMessageKinds.REGISTERED, RequestMessageKinds.ROUTED);
        assertThat(h.sdk.notifications().messages(SdkHarness.as(m.consultant()), m.consultant().id(), PageRequest.first(20))
                .items()).extracting(MessageView::kind).contains(RequestMessageKinds.REGISTERED);
        AuditEntry submitted = h.sdk.audit().forSubject(SdkHarness.PORTAL, request.id(),
                PageRequest.first(10)).items().get(0);
        assertThat(submitted.actor()).isEqualTo(m.consultant().id());
        assertThat(submitted.onBehalfOf()).isEqualTo(m.company().id());
    }

    @Test
    void theUserIsNotifiedByEmailAndSmsOfRegistrationRoutingAndClosing() {
        UserProfile maria = h.citizenWithContacts();
        Request request = generic(SdkHarness.as(maria), "Domanda sulla pensione");
        Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(request.id(), request.version(), null));
        h.sdk.requests().close(OPERATOR, new CloseRequest(request.id(), taken.version(), "ANSWERED", "Ecco la risposta."));
        h.deliver();
        List<MessageView> messages = h.sdk.notifications().messages(SdkHarness.as(maria), maria.id(), PageRequest.first(50)).items();
        for (MessageKind kind : List.of(RequestMessageKinds.REGISTERED, RequestMessageKinds.ROUTED, RequestMessageKinds.CLOSED)) {
            assertThat(messages).filteredOn(v -> v.kind().equals(kind)).extracting(MessageView::channel, MessageView::status)
                    .contains(org.assertj.core.groups.Tuple.tuple(Channel.SMS, MessageStatus.SENT),
                            org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, MessageStatus.SENT),
                            org.assertj.core.groups.Tuple.tuple(Channel.INBOX, MessageStatus.DELIVERED));
        }
        assertThat(h.channels.sms()).anySatisfy(s -> assertThat(s.text()).contains(request.protocol().value())
                .contains("Risposta fornita"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameRequest() {
        UserProfile maria = h.citizen();
        SubmitRequest command = new SubmitRequest("retry-key-0001", TopicCode.GENERIC, null, null, Map.of(), "Testo",
                List.of(TestFiles.pdf("a.pdf", 1000)));
        Request first = h.sdk.requests().submit(SdkHarness.as(maria), command);
        Request again = h.sdk.requests().submit(SdkHarness.as(maria), command);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.protocol()).isEqualTo(first.protocol());
        assertThat(h.sdk.requests().search(SdkHarness.as(maria), RequestSearch.all(PageRequest.first(10))).items()).hasSize(1);
        fails(() -> h.sdk.requests().submit(SdkHarness.as(maria), new SubmitRequest("retry-key-0001", TopicCode.GENERIC, null,
                null, Map.of(), "Altro testo", List.of())), ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void protocolNumbersAreGaplessPerOfficeAndYear() {
        UserProfile rome = h.citizen("H501");
        UserProfile cagliari = h.citizen("B354");
        assertThat(generic(SdkHarness.as(rome), "uno").protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000001");
        fails(() -> h.sdk.requests().submit(SdkHarness.as(rome), new SubmitRequest(key(), TopicCode.GENERIC, null, null, Map.of(),
                "x", List.of(TestFiles.pdf("a.pdf", 10), TestFiles.pdf("b.pdf", 11), TestFiles.pdf("c.pdf", 12),
                        TestFiles.pdf("d.pdf", 13)))), ErrorCode.REQ_TOO_MANY_FILES);
        assertThat(generic(SdkHarness.as(rome), "due").protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000002");
        assertThat(generic(SdkHarness.as(cagliari), "uno").protocol().value()).isEqualTo("CAGLIARI-2026-000001");
        h.clock.set(java.time.Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(generic(SdkHarness.as(rome), "tre").protocol().value()).isEqualTo("ROMA-TIBURTINO-2027-000001");
    }

    @Test
    void onlyTheOwnerTheirDelegatesAndTheOfficeMayReadAndDenialsAreAudited() {
        Mandated m = mandated();
        Request request = h.sdk.requests().submit(m.forCompany(), regularity(m.company(), List.of()));
        UserProfile stranger = h.citizen();
        fails(() -> h.sdk.requests().get(SdkHarness.as(stranger), request.id()), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, request.id(), PageRequest.first(20)).items())
                .anySatisfy(a -> {
                    assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                    assertThat(a.actor()).isEqualTo(stranger.id());
                    assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_NOT_OWNER);
                });
        fails(() -> h.sdk.requests().get(CAGLIARI, request.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.requests().get(SdkHarness.as(m.consultant()), request.id()), ErrorCode.ACCESS_NOT_OWNER);
        UserProfile otherConsultant = h.intermediary();
        fails(() -> h.sdk.requests().get(SdkHarness.as(otherConsultant).actingFor(m.company().id()), request.id()),
                ErrorCode.ACCESS_DELEGATION_MISSING);
        fails(() -> h.sdk.requests().submit(SdkHarness.as(stranger), regularity(m.company(), List.of())), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.requests().get(SdkHarness.as(m.company()), request.id()).id()).isEqualTo(request.id());
        assertThat(h.sdk.requests().get(m.forCompany(), request.id()).id()).isEqualTo(request.id());
        assertThat(h.sdk.requests().get(OPERATOR, request.id()).id()).isEqualTo(request.id());
        assertThat(h.sdk.requests().get(SdkHarness.PORTAL, request.id()).id()).isEqualTo(request.id());
        fails(() -> h.sdk.requests().takeInCharge(SdkHarness.as(m.company()), new TakeInCharge(request.id(), 0, null)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void badSubmissionsAreRefusedWithClearCodes() {
        UserProfile maria = h.citizen();
        Principal p = SdkHarness.as(maria);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, null, null, Map.of(), "x",
                List.of(new Attachment("vuoto.pdf", new byte[0])))), ErrorCode.REQ_FILE_EMPTY);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, null, null, Map.of(), "x",
                List.of(TestFiles.executable("fattura.pdf")))), ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), new TopicCode("HOROSCOPE"), null, null, Map.of(), "x",
                List.of())), ErrorCode.REQ_TOPIC_UNKNOWN);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.CONTRIBUTORY_REGULARITY, null, null, Map.of(),
                "x", List.of())), ErrorCode.REQ_FIELD_MISSING);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.CONTRIBUTORY_REGULARITY, null, null,
                Map.of("period", "2027-01"), "x", List.of())), ErrorCode.REQ_PERIOD_IN_FUTURE);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, null, null, Map.of(), "",
                List.of())), ErrorCode.VALIDATION_FAILED);
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, TestData.registrationNumber(), null,
                Map.of(), "x", List.of())), ErrorCode.REQ_COMPANY_UNKNOWN);
        assertThat(h.sdk.requests().search(p, RequestSearch.all(PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void aPdfThatIsAlsoAZipIsRefusedAndNothingIsStored() throws IOException {
        UserProfile maria = h.citizen();
        Principal p = SdkHarness.as(maria);
        java.io.ByteArrayOutputStream polyglot = new java.io.ByteArrayOutputStream();
        polyglot.writeBytes(TestFiles.pdf("x.pdf", 5_000).content());
        polyglot.writeBytes(evilZip("payload.exe", "MZ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1));
        SportelloException e = fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, null, null,
                Map.of(), "x", List.of(TestFiles.png("ok.png", 3_000), new Attachment("fattura.pdf", polyglot.toByteArray())))),
                ErrorCode.REQ_FILE_STRUCTURE_INVALID);
        assertThat(e.details()).containsEntry("field", "attachments[1]");
        java.io.ByteArrayOutputStream trailing = new java.io.ByteArrayOutputStream();
        trailing.writeBytes(TestFiles.pdf("y.pdf", 5_000).content());
        trailing.writeBytes("<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(key(), TopicCode.GENERIC, null, null, Map.of(), "x",
                List.of(new Attachment("y.pdf", trailing.toByteArray())))), ErrorCode.REQ_FILE_STRUCTURE_INVALID);
        assertThat(h.sdk.requests().search(p, RequestSearch.all(PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        try (SdkHarness small = new SdkHarness(storage, b -> b.requests(r -> r.sizeLimits(50_000, 80_000)))) {
            UserProfile maria = small.citizen();
            fails(() -> small.sdk.requests().submit(SdkHarness.as(maria), new SubmitRequest(key(), TopicCode.GENERIC, null, null,
                    Map.of(), "x", List.of(TestFiles.pdf("grande.pdf", 50_001)))), ErrorCode.REQ_FILE_TOO_LARGE);
            fails(() -> small.sdk.requests().submit(SdkHarness.as(maria), new SubmitRequest(key(), TopicCode.GENERIC, null, null,
                    Map.of(), "x", List.of(TestFiles.pdf("a.pdf", 45_000), TestFiles.png("b.png", 45_000)))),
                    ErrorCode.REQ_FILES_TOO_LARGE);
        }
    }

    private static byte[] evilZip(String name, byte[] content, long repeat) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            for (long i = 0; i < repeat; i++) {
                zip.write(content);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private ArchiveId plant(Request request, byte[] zip) {
        ArchiveId evil = new ArchiveId(UUID.randomUUID());
        tx((Stores s) -> {
            RequestRecord r = s.get(RequestStore.class).find(request.id()).orElseThrow();
            s.get(AttachmentStore.class).put(evil, r.id(), zip, SdkHarness.START);
            List<AttachmentInfo> attachments = new ArrayList<>(r.attachments());
            attachments.add(new AttachmentInfo(evil, "x.pdf", 1, "0".repeat(64), "application/pdf"));
            s.get(RequestStore.class).update(r.toBuilder().attachments(attachments).version(r.version() + 1).build(),
                    r.version());
            return null;
        });
        return evil;
    }

    @Test
    void storedArchivesThatAreBombsOrHoldTraversalNamesAreRefusedWhenReadBack() throws IOException {
        UserProfile maria = h.citizen();
        Request request = generic(SdkHarness.as(maria), "Archivio");
        byte[] zeros = new byte[1 << 20];
        zeros[0] = '%';
        ArchiveId bomb = plant(request, evilZip("bomb.pdf", zeros, 200));
        SportelloException e = fails(() -> h.sdk.requests().files(SdkHarness.as(maria), request.id(), bomb),
                ErrorCode.REQ_ARCHIVE_UNSAFE);
        assertThat(e.details().get("reason")).contains("size limit");
        ArchiveId traversal = plant(request, evilZip("../../../etc/cron.d/evil", TestFiles.pdf("a.pdf", 100).content(), 1));
        fails(() -> h.sdk.requests().files(SdkHarness.as(maria), request.id(), traversal), ErrorCode.REQ_ARCHIVE_UNSAFE);
        fails(() -> h.sdk.requests().files(SdkHarness.as(maria), request.id(), new ArchiveId(UUID.randomUUID())),
                ErrorCode.REQ_ARCHIVE_NOT_FOUND);
    }

    @Test
    void aPilotEnablesRequestsOnlyInItsOffices() {
        try (SdkHarness pilot = new SdkHarness(storage, b -> b.requests(r -> r.pilotOffices(Set.of(TckOffices.CAGLIARI, TckOffices.AOSTA))))) {
            UserProfile rome = pilot.citizen("H501");
            UserProfile cagliari = pilot.citizen("B354");
            SportelloException e = fails(() -> pilot.sdk.requests().submit(SdkHarness.as(rome), new SubmitRequest(key(),
                    TopicCode.GENERIC, null, null, Map.of(), "x", List.of())), ErrorCode.REQ_NOT_IN_PILOT);
            assertThat(e.details()).containsEntry("office", "ROMA-TIBURTINO");
            assertThat(pilot.sdk.requests().submit(SdkHarness.as(cagliari), new SubmitRequest(key(), TopicCode.GENERIC, null,
                    null, Map.of(), "x", List.of())).office()).isEqualTo(TckOffices.CAGLIARI);
        }
    }
}
