package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.TransferRequest;
import dev.sportello.requests.Visibility;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office over the storage under test: states, conflicts, search, queues, reassignment and
 * transfer (R-REQ-4…6).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class RequestWorkContract extends RequestScenarios {
    @Test
    void operatorsWorkTheRequestThroughItsStatesAndTheUserSeesNoInternalNotes() {
        UserProfile maria = h.citizenWithContacts();
        Request submitted = generic(SdkHarness.as(maria), "Variazione IBAN");
        Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(submitted.id(), submitted.version(),
                "Presa in carico."));
        assertThat(taken.state()).isEqualTo(new RequestState.InCharge(TckOffices.ROMA_BACK_OFFICE, false));
        Request noted = h.sdk.requests().comment(OPERATOR, new CommentRequest(taken.id(), taken.version(),
                "IBAN da verificare con banca", Visibility.OFFICE_ONLY));
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
                .extracting(MessageView::kind).contains(RequestMessageKinds.INFO_REQUESTED, RequestMessageKinds.CLOSED);
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
                taken.version(), "x".repeat(2001), Visibility.USER)), ErrorCode.VALIDATION_FAILED);
        assertThat(longComment.violations()).extracting(v -> v.field()).containsExactly("text");
        fails(() -> h.sdk.requests().close(OPERATOR_2, new CloseRequest(taken.id(), taken.version(), "ACCEPTED", "x")),
                ErrorCode.REQ_NOT_ASSIGNEE);
        Request closed = h.sdk.requests().close(OPERATOR, new CloseRequest(taken.id(), taken.version(), "REJECTED", "No."));
        long v = closed.version();
        fails(() -> h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(closed.id(), v, null)), ErrorCode.REQ_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.requests().comment(OPERATOR, new CommentRequest(closed.id(), v, "x", Visibility.USER)), ErrorCode.REQ_ILLEGAL_TRANSITION);
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
        // forged cursors in the stores' own shape, with times no database column holds or a UUID in a
        // lenient form: a page or a coded error, never an adapter failure
        String id = original.iterator().next();
        for (String forged : List.of("999999999999999999_" + id, "-99999999999999999_" + id, "1764547200000000_1-1-1-1-1",
                "999999999999999999")) {
            try {
                assertThat(h.sdk.requests().search(SdkHarness.as(maria), RequestSearch.all(new PageRequest(5, forged)))
                        .items()).hasSizeLessThanOrEqualTo(5);
            } catch (dev.sportello.SportelloException e) {
                assertThat(e.code()).as(forged).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID);
            }
        }
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
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, r.id(), PageRequest.first(20)).items())
                .extracting(AuditEntry::action).contains("REQUEST_TRANSFERRED");
    }
}
