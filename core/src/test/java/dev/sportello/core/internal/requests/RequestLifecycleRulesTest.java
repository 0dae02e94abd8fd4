package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.AskForInformation;
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
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.TransferRequest;
import dev.sportello.requests.Visibility;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE_2;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The life of a request: states, comments, history, search, and the office's work (R-REQ-4…6). */
class RequestLifecycleRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Request generic(Principal p, String subject) {
        return h.sdk.requests().submit(p, new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", subject), "Testo", List.of()));
    }

    private static List<String> ids(Page<RequestSummary> page) {
        return page.items().stream().map(s -> s.id().toString()).toList();
    }

    @Nested
    @DisplayName("R-REQ-4 OPEN → IN_CHARGE → CLOSED, with comments the user sees and a final outcome")
    class States {
        @Test
        @DisplayName("R-REQ-4 a request is taken in charge with a comment and closed with an outcome")
        void aRequestGoesThroughItsStates() {
            UserProfile user = h.citizen();
            Request open = generic(as(user), "Variazione IBAN");
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(open.id(), open.version(),
                    "Presa in carico."));
            assertThat(taken.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_BACK_OFFICE, false));
            Request closed = h.sdk.requests().close(BACK_OFFICE, new CloseRequest(open.id(), taken.version(), "ACCEPTED",
                    "IBAN aggiornato."));
            assertThat(closed.state()).isEqualTo(new RequestState.Closed("ACCEPTED", "IBAN aggiornato."));
            Request seen = h.sdk.requests().get(as(user), open.id());
            assertThat(seen.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.SUBMITTED,
                    TimelineKind.REGISTERED, TimelineKind.ROUTED, TimelineKind.TAKEN_IN_CHARGE, TimelineKind.COMMENT,
                    TimelineKind.CLOSED);
            assertThat(seen.timeline()).extracting(TimelineEntry::text).contains("Presa in carico.", "IBAN aggiornato.");
        }

        @Test
        @DisplayName("R-REQ-4 no state is skipped and a closed request does not move again")
        void illegalTransitionsAreRefused() {
            UserProfile user = h.citizen();
            Request open = generic(as(user), "Stato");
            fails(() -> h.sdk.requests().close(BACK_OFFICE, new CloseRequest(open.id(), open.version(), "ACCEPTED", "x")),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(open.id(), open.version(), null));
            fails(() -> h.sdk.requests().takeInCharge(BACK_OFFICE_2, new TakeInCharge(open.id(), taken.version(), null)),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            fails(() -> h.sdk.requests().close(BACK_OFFICE, new CloseRequest(open.id(), taken.version(), "MAYBE", "x")),
                    ErrorCode.REQ_OUTCOME_UNKNOWN);
            Request closed = h.sdk.requests().close(BACK_OFFICE, new CloseRequest(open.id(), taken.version(), "REJECTED",
                    "No."));
            long v = closed.version();
            fails(() -> h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(open.id(), v, null)),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            fails(() -> h.sdk.requests().comment(BACK_OFFICE, new CommentRequest(open.id(), v, "x", Visibility.USER)),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            fails(() -> h.sdk.requests().close(SUPERVISOR, new CloseRequest(open.id(), v, "ACCEPTED", "x")),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            fails(() -> h.sdk.requests().transfer(BACK_OFFICE, new TransferRequest(open.id(), v, TestOffices.CAGLIARI, "x")),
                    ErrorCode.REQ_ILLEGAL_TRANSITION);
            assertThat(h.sdk.requests().get(BACK_OFFICE, open.id()).state()).isEqualTo(new RequestState.Closed("REJECTED",
                    "No."));
        }

        @Test
        @DisplayName("R-REQ-4 the office asks the user and the user answers; internal notes are never shown to the user")
        void questionsAndInternalNotes() {
            UserProfile user = h.citizen();
            Request open = generic(as(user), "Modulo");
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(open.id(), open.version(), null));
            Request noted = h.sdk.requests().comment(BACK_OFFICE, new CommentRequest(open.id(), taken.version(),
                    "Verificare con la banca", Visibility.OFFICE_ONLY));
            fails(() -> h.sdk.requests().answer(as(user), new AnswerRequest(open.id(), noted.version(), "x", List.of())),
                    ErrorCode.REQ_NO_QUESTION_PENDING);
            Request asked = h.sdk.requests().askForInformation(BACK_OFFICE, new AskForInformation(open.id(), noted.version(),
                    "Inviate il modulo firmato."));
            assertThat(asked.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_BACK_OFFICE, true));
            Request seen = h.sdk.requests().get(as(user), open.id());
            assertThat(seen.timeline()).extracting(TimelineEntry::kind).doesNotContain(TimelineKind.INTERNAL_NOTE)
                    .contains(TimelineKind.INFO_REQUESTED);
            assertThat(seen.timeline()).extracting(TimelineEntry::text).doesNotContain("Verificare con la banca");
            Request answered = h.sdk.requests().answer(as(user), new AnswerRequest(open.id(), seen.version(), "Ecco.",
                    List.of(TestFiles.pdf("modulo.pdf", 3000))));
            assertThat(answered.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_BACK_OFFICE, false));
            assertThat(answered.attachments()).hasSize(1);
            assertThat(h.sdk.requests().get(BACK_OFFICE, open.id()).timeline()).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.INTERNAL_NOTE, TimelineKind.ANSWERED);
        }
    }

    @Nested
    @DisplayName("R-REQ-5 communications are kept; users search their own requests")
    class History {
        @Test
        @DisplayName("R-REQ-5 users search their own requests by company, subject, state, opening and update date")
        void usersSearchTheirRequests() {
            UserProfile company = h.company();
            Request durc = h.sdk.requests().submit(as(company), new SubmitRequest(h.key(), TopicCode.GENERIC,
                    company.registrationNumber(), null, Map.of("subject", "DURC"), "Testo", List.of()));
            h.clock.advance(Duration.ofDays(2));
            Request iban = generic(as(company), "Variazione IBAN aziendale");
            h.clock.advance(Duration.ofDays(2));
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(durc.id(), durc.version(), null));
            Principal p = as(company);
            assertThat(ids(h.sdk.requests().search(p, RequestSearch.all(PageRequest.first(10)))))
                    .containsExactlyInAnyOrder(durc.id().toString(), iban.id().toString());
            assertThat(ids(h.sdk.requests().search(p, new RequestSearch(company.registrationNumber(), null, Set.of(), null,
                    null, null, null, PageRequest.first(10))))).containsExactly(durc.id().toString());
            assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, "iban", Set.of(), null, null, null, null,
                    PageRequest.first(10))))).containsExactly(iban.id().toString());
            assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(RequestStatus.IN_CHARGE), null,
                    null, null, null, PageRequest.first(10))))).containsExactly(taken.id().toString());
            assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(), START.plus(Duration.ofDays(1)),
                    null, null, null, PageRequest.first(10))))).containsExactly(iban.id().toString());
            assertThat(ids(h.sdk.requests().search(p, new RequestSearch(null, null, Set.of(), null, null,
                    START.plus(Duration.ofDays(3)), null, PageRequest.first(10))))).containsExactly(durc.id().toString());
            assertThat(h.sdk.requests().search(as(h.citizen()), RequestSearch.all(PageRequest.first(10))).items())
                    .as("another user sees none of them").isEmpty();
            fails(() -> h.sdk.requests().search(p, RequestSearch.all(new PageRequest(5, "garbage"))),
                    ErrorCode.PAGE_CURSOR_INVALID);
        }

        @Test
        @DisplayName("R-REQ-5 the detail and its files are for the owner and the office only")
        void theDetailIsPrivate() {
            UserProfile user = h.citizen();
            Request r = generic(as(user), "Privata");
            assertThat(h.sdk.requests().get(as(user), r.id()).id()).isEqualTo(r.id());
            fails(() -> h.sdk.requests().get(as(h.citizen()), r.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.requests().get(CAGLIARI, r.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        }
    }

    @Nested
    @DisplayName("R-REQ-6 operators work the items of their office; supervisors monitor the queues")
    class OfficeWork {
        @Test
        @DisplayName("R-REQ-6 only back-office staff of the request's office work it, and only the assignee or a supervisor")
        void onlyTheOfficeWorksItsItems() {
            UserProfile user = h.citizen();
            Request r = generic(as(user), "Lavoro");
            fails(() -> h.sdk.requests().takeInCharge(CAGLIARI, new TakeInCharge(r.id(), r.version(), null)),
                    ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> h.sdk.requests().takeInCharge(FRONT_OFFICE, new TakeInCharge(r.id(), r.version(), null)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.requests().takeInCharge(as(user), new TakeInCharge(r.id(), r.version(), null)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
            fails(() -> h.sdk.requests().close(BACK_OFFICE_2, new CloseRequest(r.id(), taken.version(), "ACCEPTED", "x")),
                    ErrorCode.REQ_NOT_ASSIGNEE);
            assertThat(h.sdk.requests().close(SUPERVISOR, new CloseRequest(r.id(), taken.version(), "ACCEPTED", "Ok"))
                    .state()).isInstanceOf(RequestState.Closed.class);
        }

        @Test
        @DisplayName("R-REQ-6 requests are reassigned within the office and transferred to another office")
        void reassignAndTransfer() {
            Request r = generic(as(h.citizen()), "Trasferimento");
            fails(() -> h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(),
                    TestOffices.CAGLIARI_BACK_OFFICE)), ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE);
            Request reassigned = h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(),
                    TestOffices.ROMA_BACK_OFFICE_2));
            assertThat(reassigned.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_BACK_OFFICE_2, false));
            fails(() -> h.sdk.requests().transfer(BACK_OFFICE, new TransferRequest(r.id(), reassigned.version(),
                    TestOffices.ROMA, "x")), ErrorCode.REQ_TRANSFER_SAME_OFFICE);
            Request moved = h.sdk.requests().transfer(BACK_OFFICE, new TransferRequest(r.id(), reassigned.version(),
                    TestOffices.CAGLIARI, "Competenza di Cagliari"));
            assertThat(moved.office()).isEqualTo(TestOffices.CAGLIARI);
            assertThat(moved.state()).isEqualTo(new RequestState.Open());
            fails(() -> h.sdk.requests().get(BACK_OFFICE, r.id()), ErrorCode.ACCESS_WRONG_OFFICE);
            assertThat(h.sdk.requests().get(CAGLIARI, r.id()).timeline()).extracting(TimelineEntry::kind)
                    .endsWith(TimelineKind.TRANSFERRED, TimelineKind.ROUTED);
        }

        @Test
        @DisplayName("R-REQ-6 the queue is oldest first with filters; supervisors see volumes, ages and outcomes")
        void queuesAndFigures() {
            UserProfile user = h.citizen();
            Request a = generic(as(user), "A");
            h.clock.advance(Duration.ofDays(3));
            Request b = generic(as(user), "B");
            h.clock.advance(Duration.ofDays(1));
            Request c = generic(as(user), "C");
            h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(b.id(), b.version(), null));
            Request cTaken = h.sdk.requests().takeInCharge(BACK_OFFICE_2, new TakeInCharge(c.id(), c.version(), null));
            h.sdk.requests().close(BACK_OFFICE_2, new CloseRequest(c.id(), cTaken.version(), "ANSWERED", "Fatto."));
            h.clock.advance(Duration.ofDays(1));
            assertThat(ids(h.sdk.requests().queue(BACK_OFFICE, QueueQuery.of(TestOffices.ROMA, PageRequest.first(10)))))
                    .containsExactly(a.id().toString(), b.id().toString());
            assertThat(ids(h.sdk.requests().queue(BACK_OFFICE, new QueueQuery(TestOffices.ROMA, Set.of(), null, null, true,
                    null, PageRequest.first(10))))).containsExactly(a.id().toString());
            fails(() -> h.sdk.requests().queue(CAGLIARI, QueueQuery.of(TestOffices.ROMA, PageRequest.first(10))),
                    ErrorCode.ACCESS_WRONG_OFFICE);
            OfficeFigures figures = h.sdk.requests().figures(SUPERVISOR, TestOffices.ROMA);
            assertThat(figures.byStatus()).containsEntry(RequestStatus.OPEN, 1L).containsEntry(RequestStatus.IN_CHARGE, 1L)
                    .containsEntry(RequestStatus.CLOSED, 1L);
            assertThat(figures.outcomes()).isEqualTo(Map.of("ANSWERED", 1L));
            assertThat(figures.openAgeMax()).isEqualTo(Duration.ofDays(5));
            fails(() -> h.sdk.requests().figures(BACK_OFFICE, TestOffices.ROMA), ErrorCode.ACCESS_ROLE_REQUIRED);
        }
    }
}
