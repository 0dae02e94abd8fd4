package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.RequestSettings;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.TopicCode;
import dev.sportello.requests.TransferRequest;
import dev.sportello.spi.RequestRecord;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests end to end over the storage under test (R-REQ-1…7, R-DEL-3, R-DEL-5). */
public abstract class RequestsScenarioContract extends ScenarioContract {
    private static final Principal OPERATOR = Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE);
    private static final Principal OPERATOR_2 = Principal.operator(TckOffices.ROMA_BACK_OFFICE_2, Credential.CIE);
    private static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);
    private static final Principal CAGLIARI = Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);

    private int keys;

    private String key() {
        return "key-" + UUID.randomUUID().toString().substring(0, 8) + "-" + (++keys);
    }

    private SubmitRequest regularity(UserProfile company, List<Attachment> files) {
        return new SubmitRequest(key(), TopicCode.CONTRIBUTORY_REGULARITY, company == null ? null : company.registrationNumber(),
                null, Map.of("period", "2026-01/2026-03"), "Chiediamo conferma della regolarità contributiva.", files);
    }

    private Request generic(Principal principal, String subject) {
        return h.sdk.requests().submit(principal, new SubmitRequest(key(), TopicCode.GENERIC, null, null,
                Map.of("subject", subject), "Testo della richiesta", List.of()));
    }

    /** A company in Rome, its consultant with a mandate, and the consultant's principal acting for it. */
    private record Mandated(UserProfile company, UserProfile consultant, Principal forCompany) {
    }

    private Mandated mandated() {
        UserProfile company = h.company("H501");
        UserProfile consultant = h.intermediary();
        h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE, company.id(),
                consultant.id(), null, SdkHarness.START.plus(Duration.ofDays(365))));
        return new Mandated(company, consultant, SdkHarness.as(consultant).actingFor(company.id()));
    }

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
                .contains(MessageKind.REQUEST_REGISTERED, MessageKind.REQUEST_ROUTED);
        assertThat(h.sdk.notifications().messages(SdkHarness.as(m.consultant()), m.consultant().id(), PageRequest.first(20))
                .items()).extracting(MessageView::kind).contains(MessageKind.REQUEST_REGISTERED);
        AuditEntry submitted = h.sdk.audit().forObject(SdkHarness.PORTAL, "request", request.id().toString(),
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
        for (MessageKind kind : List.of(MessageKind.REQUEST_REGISTERED, MessageKind.REQUEST_ROUTED, MessageKind.REQUEST_CLOSED)) {
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
    void operatorsWorkTheRequestThroughItsStatesAndTheUserSeesNoInternalNotes() {
        UserProfile maria = h.citizenWithContacts();
        Request submitted = generic(SdkHarness.as(maria), "Variazione IBAN");
        Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(submitted.id(), submitted.version(),
                "Presa in carico."));
        assertThat(taken.state()).isEqualTo(new RequestState.InCharge(TckOffices.ROMA_BACK_OFFICE, false));
        Request noted = h.sdk.requests().comment(OPERATOR, new CommentRequest(taken.id(), taken.version(),
                "IBAN da verificare con banca", true));
        Request asked = h.sdk.requests().askForInformation(OPERATOR, new AskForInformation(noted.id(), noted.version(),
                "Inviate il modulo firmato."));
        assertThat(asked.state()).isEqualTo(new RequestState.InCharge(TckOffices.ROMA_BACK_OFFICE, true));
        Request seenByUser = h.sdk.requests().get(SdkHarness.as(maria), asked.id());
        assertThat(seenByUser.timeline()).extracting(TimelineEntry::kind).doesNotContain(TimelineKind.INTERNAL_NOTE)
                .contains(TimelineKind.COMMENT, TimelineKind.INFO_REQUESTED);
        Request answered = h.sdk.requests().answer(SdkHarness.as(maria), new AnswerRequest(asked.id(), seenByUser.version(),
                "Ecco il modulo.", List.of(TestFiles.pdf("modulo firmato.pdf", 4000))));
        assertThat(answered.attachments()).hasSize(1);
        assertThat(answered.state()).isEqualTo(new RequestState.InCharge(TckOffices.ROMA_BACK_OFFICE, false));
        fails(() -> h.sdk.requests().answer(SdkHarness.as(maria), new AnswerRequest(answered.id(), answered.version(), "Ancora",
                List.of())), ErrorCode.REQ_NO_QUESTION_PENDING);
        Request closed = h.sdk.requests().close(OPERATOR, new CloseRequest(answered.id(), answered.version(), "ACCEPTED",
                "IBAN aggiornato."));
        assertThat(closed.state()).isEqualTo(new RequestState.Closed("ACCEPTED", "IBAN aggiornato."));
        assertThat(h.sdk.requests().get(OPERATOR, closed.id()).timeline()).extracting(TimelineEntry::kind).containsExactly(
                TimelineKind.SUBMITTED, TimelineKind.REGISTERED, TimelineKind.ROUTED, TimelineKind.TAKEN_IN_CHARGE,
                TimelineKind.COMMENT, TimelineKind.INTERNAL_NOTE, TimelineKind.INFO_REQUESTED, TimelineKind.ANSWERED,
                TimelineKind.CLOSED);
        assertThat(h.sdk.notifications().messages(SdkHarness.as(maria), maria.id(), PageRequest.first(50)).items())
                .extracting(MessageView::kind).contains(MessageKind.REQUEST_INFO_REQUESTED, MessageKind.REQUEST_CLOSED);
    }

    @Test
    void illegalTransitionsAndBadClosingsAreRefused() {
        UserProfile maria = h.citizen();
        Request open = generic(SdkHarness.as(maria), "Stato");
        fails(() -> h.sdk.requests().close(OPERATOR, new CloseRequest(open.id(), open.version(), "ACCEPTED", "x")),
                ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().answer(SdkHarness.as(maria), new AnswerRequest(open.id(), open.version(), "x", List.of())),
                ErrorCode.REQ_NO_QUESTION_PENDING);
        Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(open.id(), open.version(), null));
        SportelloException noOutcome = fails(() -> h.sdk.requests().close(OPERATOR, new CloseRequest(taken.id(), taken.version(),
                null, "x")), ErrorCode.VALIDATION_FAILED);
        assertThat(noOutcome.violations()).extracting(v -> v.field()).containsExactly("outcome");
        fails(() -> h.sdk.requests().close(OPERATOR, new CloseRequest(taken.id(), taken.version(), "MAYBE", "x")),
                ErrorCode.REQ_OUTCOME_UNKNOWN);
        SportelloException longComment = fails(() -> h.sdk.requests().comment(OPERATOR, new CommentRequest(taken.id(),
                taken.version(), "x".repeat(2001), false)), ErrorCode.VALIDATION_FAILED);
        assertThat(longComment.violations()).extracting(v -> v.field()).containsExactly("text");
        fails(() -> h.sdk.requests().close(OPERATOR_2, new CloseRequest(taken.id(), taken.version(), "ACCEPTED", "x")),
                ErrorCode.REQ_NOT_ASSIGNEE);
        Request closed = h.sdk.requests().close(OPERATOR, new CloseRequest(taken.id(), taken.version(), "REJECTED", "No."));
        long v = closed.version();
        fails(() -> h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(closed.id(), v, null)), ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().comment(OPERATOR, new CommentRequest(closed.id(), v, "x", false)), ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().askForInformation(OPERATOR, new AskForInformation(closed.id(), v, "x")),
                ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().close(SUPERVISOR, new CloseRequest(closed.id(), v, "ACCEPTED", "x")), ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().reassign(OPERATOR, new ReassignRequest(closed.id(), v, TckOffices.ROMA_BACK_OFFICE_2)),
                ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().transfer(OPERATOR, new TransferRequest(closed.id(), v, TckOffices.CAGLIARI, "x")),
                ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().answer(SdkHarness.as(maria), new AnswerRequest(closed.id(), v, "x", List.of())),
                ErrorCode.REQ_ILLEGAL_TRANSITION);
    }

    @Test
    void twoOperatorsActingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        UserProfile maria = h.citizen();
        Request open = generic(SdkHarness.as(maria), "Concorrenza");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Principal operator : List.of(OPERATOR, OPERATOR_2)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        h.sdk.requests().takeInCharge(operator, new TakeInCharge(open.id(), open.version(), null));
                        return "won";
                    } catch (ConflictException e) {
                        return e.code().name();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "CONCURRENT_MODIFICATION");
        } finally {
            pool.shutdownNow();
        }
        assertThat(h.sdk.requests().get(OPERATOR, open.id()).timeline()).filteredOn(e -> e.kind() == TimelineKind.TAKEN_IN_CHARGE)
                .hasSize(1);
    }

    @Test
    void onlyTheOwnerTheirDelegatesAndTheOfficeMayReadAndDenialsAreAudited() {
        Mandated m = mandated();
        Request request = h.sdk.requests().submit(m.forCompany(), regularity(m.company(), List.of()));
        UserProfile stranger = h.citizen();
        fails(() -> h.sdk.requests().get(SdkHarness.as(stranger), request.id()), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.audit().forObject(SdkHarness.PORTAL, "request", request.id().toString(), PageRequest.first(20)).items())
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
    void aFileOverTheLimitIsRefused() {
        try (SdkHarness small = new SdkHarness(storage, b -> b.requestSettings(RequestSettings.defaults()
                .withSizeLimits(50_000, 80_000)))) {
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
            RequestRecord r = s.requests().find(request.id()).orElseThrow();
            s.attachments().put(evil, r.id(), zip, SdkHarness.START);
            List<AttachmentInfo> attachments = new ArrayList<>(r.attachments());
            attachments.add(new AttachmentInfo(evil, "x.pdf", 1, "0".repeat(64), "application/pdf"));
            s.requests().update(new RequestRecord(r.id(), r.protocol(), r.owner(), r.submittedBy(), r.company(), r.dossier(),
                    r.topic(), r.subject(), r.fields(), r.text(), r.office(), r.status(), r.assignee(), r.awaitingUser(),
                    r.outcome(), r.outcomeText(), r.idempotencyKey(), r.fingerprint(), attachments, r.createdAt(),
                    r.updatedAt(), r.version() + 1), r.version());
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
    void usersSearchTheirRequestsByCompanySubjectStateAndDates() {
        Mandated m = mandated();
        Request durc = h.sdk.requests().submit(m.forCompany(), regularity(m.company(), List.of()));
        h.clock.advance(Duration.ofDays(2));
        Request iban = generic(m.forCompany(), "Variazione IBAN aziendale");
        h.clock.advance(Duration.ofDays(2));
        Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(durc.id(), durc.version(), null));
        Principal p = m.forCompany();
        assertThat(ids(h.sdk.requests().search(p, RequestSearch.all(PageRequest.first(10)))))
                .containsExactly(durc.id().toString(), iban.id().toString());
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(m.company().registrationNumber(), null, Set.of(), null, null,
                null, null, PageRequest.first(10))))).containsExactly(durc.id().toString());
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, "iban", Set.of(), null, null, null, null,
                PageRequest.first(10))))).containsExactly(iban.id().toString());
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, "50%_", Set.of(), null, null, null, null,
                PageRequest.first(10))))).isEmpty();
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(RequestStatus.IN_CHARGE), null, null,
                null, null, PageRequest.first(10))))).containsExactly(taken.id().toString());
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(), SdkHarness.START.plus(Duration.ofDays(1)),
                null, null, null, PageRequest.first(10))))).containsExactly(iban.id().toString());
        assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(), null, null,
                SdkHarness.START.plus(Duration.ofDays(3)), null, PageRequest.first(10))))).containsExactly(durc.id().toString());
        assertThat(h.sdk.requests().search(SdkHarness.as(m.consultant()), RequestSearch.all(PageRequest.first(10))).items())
                .as("the consultant's own requests, not the company's").isEmpty();
    }

    private static List<String> ids(Page<RequestSummary> page) {
        return page.items().stream().map(s -> s.id().toString()).toList();
    }

    @Test
    void searchPagesStayStableWhileNewRequestsArrive() {
        UserProfile maria = h.citizen();
        Set<String> original = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            h.clock.advance(Duration.ofMinutes(1));
            original.add(generic(SdkHarness.as(maria), "Richiesta " + i).id().toString());
        }
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(5);
        while (page != null) {
            Page<RequestSummary> result = h.sdk.requests().search(SdkHarness.as(maria), RequestSearch.all(page));
            result.items().forEach(s -> seen.add(s.id().toString()));
            h.clock.advance(Duration.ofMinutes(1));
            generic(SdkHarness.as(maria), "Arrivata durante la lettura");
            page = page.after(result);
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(original);
        fails(() -> h.sdk.requests().search(SdkHarness.as(maria), RequestSearch.all(new PageRequest(5, "garbage"))),
                ErrorCode.PAGE_CURSOR_INVALID);
    }

    @Test
    void theOfficeQueueIsOldestFirstWithFiltersAndSupervisorFigures() {
        UserProfile maria = h.citizen();
        Request a = generic(SdkHarness.as(maria), "A");
        h.clock.advance(Duration.ofDays(3));
        Request b = generic(SdkHarness.as(maria), "B");
        h.clock.advance(Duration.ofDays(1));
        Request c = generic(SdkHarness.as(maria), "C");
        h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(b.id(), b.version(), null));
        Request cTaken = h.sdk.requests().takeInCharge(OPERATOR_2, new TakeInCharge(c.id(), c.version(), null));
        h.sdk.requests().close(OPERATOR_2, new CloseRequest(c.id(), cTaken.version(), "ANSWERED", "Fatto."));
        h.clock.advance(Duration.ofDays(1));
        assertThat(ids(h.sdk.requests().queue(OPERATOR, QueueQuery.of(TckOffices.ROMA, PageRequest.first(10)))))
                .containsExactly(a.id().toString(), b.id().toString());
        assertThat(ids(h.sdk.requests().queue(OPERATOR, new QueueQuery(TckOffices.ROMA, Set.of(), null, null, true, null,
                PageRequest.first(10))))).containsExactly(a.id().toString());
        assertThat(ids(h.sdk.requests().queue(OPERATOR, new QueueQuery(TckOffices.ROMA, Set.of(), null,
                TckOffices.ROMA_BACK_OFFICE, false, null, PageRequest.first(10))))).containsExactly(b.id().toString());
        assertThat(ids(h.sdk.requests().queue(OPERATOR, new QueueQuery(TckOffices.ROMA, Set.of(), null, null, false,
                Duration.ofDays(3), PageRequest.first(10))))).containsExactly(a.id().toString());
        assertThat(ids(h.sdk.requests().queue(OPERATOR, new QueueQuery(TckOffices.ROMA, Set.of(RequestStatus.CLOSED), null, null,
                false, null, PageRequest.first(10))))).containsExactly(c.id().toString());
        Page<RequestSummary> first = h.sdk.requests().queue(OPERATOR, QueueQuery.of(TckOffices.ROMA, PageRequest.first(1)));
        assertThat(ids(h.sdk.requests().queue(OPERATOR, QueueQuery.of(TckOffices.ROMA, PageRequest.first(1).after(first)))))
                .containsExactly(b.id().toString());
        fails(() -> h.sdk.requests().queue(CAGLIARI, QueueQuery.of(TckOffices.ROMA, PageRequest.first(10))),
                ErrorCode.ACCESS_WRONG_OFFICE);
        OfficeFigures figures = h.sdk.requests().figures(SUPERVISOR, TckOffices.ROMA);
        assertThat(figures.byStatus()).containsEntry(RequestStatus.OPEN, 1L).containsEntry(RequestStatus.IN_CHARGE, 1L)
                .containsEntry(RequestStatus.CLOSED, 1L);
        assertThat(figures.outcomes()).isEqualTo(Map.of("ANSWERED", 1L));
        assertThat(figures.openAgeMax()).isEqualTo(Duration.ofDays(5));
        assertThat(figures.openAgeMedian()).isEqualTo(Duration.ofDays(2));
        fails(() -> h.sdk.requests().figures(OPERATOR, TckOffices.ROMA), ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void requestsAreReassignedWithinTheOfficeAndTransferredToAnother() {
        UserProfile maria = h.citizen();
        Request r = generic(SdkHarness.as(maria), "Trasferimento");
        fails(() -> h.sdk.requests().reassign(OPERATOR, new ReassignRequest(r.id(), r.version(), TckOffices.CAGLIARI_BACK_OFFICE)),
                ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE);
        Request reassigned = h.sdk.requests().reassign(OPERATOR, new ReassignRequest(r.id(), r.version(), TckOffices.ROMA_BACK_OFFICE_2));
        assertThat(reassigned.assignee()).isEqualTo(TckOffices.ROMA_BACK_OFFICE_2);
        fails(() -> h.sdk.requests().transfer(OPERATOR, new TransferRequest(r.id(), reassigned.version(), TckOffices.ROMA, "x")),
                ErrorCode.REQ_TRANSFER_SAME_OFFICE);
        Request moved = h.sdk.requests().transfer(OPERATOR, new TransferRequest(r.id(), reassigned.version(), TckOffices.CAGLIARI,
                "Competenza della sede di Cagliari"));
        assertThat(moved.office()).isEqualTo(TckOffices.CAGLIARI);
        assertThat(moved.state()).isEqualTo(new RequestState.Open());
        fails(() -> h.sdk.requests().get(OPERATOR, r.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        assertThat(h.sdk.requests().get(CAGLIARI, r.id()).timeline()).extracting(TimelineEntry::kind)
                .endsWith(TimelineKind.TRANSFERRED, TimelineKind.ROUTED);
        assertThat(h.sdk.audit().forObject(SdkHarness.PORTAL, "request", r.id().toString(), PageRequest.first(20)).items())
                .extracting(AuditEntry::action).contains("REQUEST_TRANSFERRED");
    }

    @Test
    void aPilotEnablesRequestsOnlyInItsOffices() {
        try (SdkHarness pilot = new SdkHarness(storage, b -> b.requestSettings(RequestSettings.defaults()
                .withPilot(Set.of(TckOffices.CAGLIARI, TckOffices.AOSTA))))) {
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
