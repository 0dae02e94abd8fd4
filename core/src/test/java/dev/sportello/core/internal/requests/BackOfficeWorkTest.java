package dev.sportello.core.internal.requests;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.EventType;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestState;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE_2;
import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's work on a request leaves its trace: audit, events, the user's notices and the guards (R-REQ-4, R-REQ-6). */
class BackOfficeWorkTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Request generic(UserProfile user) {
        return h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Variazione IBAN"), "Testo", List.of()));
    }

    private Request taken(UserProfile user) {
        Request r = generic(user);
        return h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
    }

    private List<String> actions(RequestId id) {
        return h.audit(id).stream().filter(a -> a.outcome() == AuditEntry.Outcome.SUCCEEDED).map(AuditEntry::action)
                .toList();
    }

    private DomainEvent event(EventType type, RequestId id) {
        h.deliver();
        return h.channels.events().stream().filter(e -> e.type().equals(type) && e.subjectId().equals(id.auditId()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " event"));
    }

    private List<InboxNotice> inbox(UserProfile user) {
        return h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(50)).items();
    }

    @Nested
    @DisplayName("R-REQ-6 every step of the office's work is audited and published")
    class Trace {
        @Test
        @DisplayName("R-REQ-6 taking in charge is audited and published with the office and the operator")
        void takingInChargeIsTraced() {
            Request r = taken(h.citizen());
            assertThat(actions(r.id())).contains("REQUEST_TAKEN_IN_CHARGE");
            assertThat(event(RequestEvents.TAKEN, r.id()).attributes()).isEqualTo(Map.of("office", "ROMA-TIBURTINO",
                    "operator", TestOffices.ROMA_BACK_OFFICE.toString()));
        }

        @Test
        @DisplayName("R-REQ-4 a comment the user sees and an internal note are audited as different actions")
        void commentsAndNotesAreAuditedApart() {
            Request r = taken(h.citizen());
            Request commented = h.sdk.requests().comment(BACK_OFFICE, new CommentRequest(r.id(), r.version(), "Visto.",
                    Visibility.USER));
            assertThat(actions(r.id())).contains("REQUEST_COMMENTED").doesNotContain("REQUEST_NOTE_ADDED");
            h.sdk.requests().comment(BACK_OFFICE, new CommentRequest(r.id(), commented.version(), "Solo per noi.",
                    Visibility.OFFICE_ONLY));
            assertThat(actions(r.id())).filteredOn(a -> a.startsWith("REQUEST_NOTE") || a.equals("REQUEST_COMMENTED"))
                    .containsExactlyInAnyOrder("REQUEST_COMMENTED", "REQUEST_NOTE_ADDED");
        }

        @Test
        @DisplayName("R-REQ-4 closing is audited and published with its outcome")
        void closingIsTraced() {
            Request r = taken(h.citizen());
            h.sdk.requests().close(BACK_OFFICE, new CloseRequest(r.id(), r.version(), "ACCEPTED", "Fatto."));
            assertThat(actions(r.id())).contains("REQUEST_CLOSED");
            assertThat(event(RequestEvents.CLOSED, r.id()).attributes()).isEqualTo(Map.of("office", "ROMA-TIBURTINO",
                    "outcome", "ACCEPTED"));
        }
    }

    @Nested
    @DisplayName("R-REQ-4 the office asks the user for information")
    class Questions {
        @Test
        @DisplayName("R-REQ-4 the question reaches the user's inbox, and is audited and published")
        void theQuestionReachesTheUser() {
            UserProfile user = h.citizen();
            Request r = taken(user);
            h.sdk.requests().askForInformation(BACK_OFFICE, new AskForInformation(r.id(), r.version(),
                    "  Inviate il modulo firmato. "));
            assertThat(inbox(user)).filteredOn(n -> n.title().equals("Richiesta " + r.protocol().value()
                    + ": servono informazioni")).singleElement().satisfies(n ->
                    assertThat(n.body()).isEqualTo("La sede chiede: Inviate il modulo firmato."));
            assertThat(actions(r.id())).contains("REQUEST_INFO_REQUESTED");
            assertThat(event(RequestEvents.INFO_REQUESTED, r.id()).attributes()).isEqualTo(Map.of("office",
                    "ROMA-TIBURTINO"));
        }

        @Test
        @DisplayName("R-REQ-4 only a request in charge is asked about, and only by its assignee or a supervisor")
        void onlyTheAssigneeAsksAboutARequestInCharge() {
            UserProfile user = h.citizen();
            Request open = generic(user);
            fails(() -> h.sdk.requests().askForInformation(BACK_OFFICE, new AskForInformation(open.id(), open.version(),
                    "Domanda?")), ErrorCode.REQ_ILLEGAL_TRANSITION);
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(open.id(), open.version(), null));
            fails(() -> h.sdk.requests().askForInformation(BACK_OFFICE_2, new AskForInformation(open.id(), taken.version(),
                    "Domanda?")), ErrorCode.REQ_NOT_ASSIGNEE);
            assertThat(inbox(user)).noneMatch(n -> n.title().endsWith("servono informazioni"));
            Request asked = h.sdk.requests().askForInformation(SUPERVISOR, new AskForInformation(open.id(), taken.version(),
                    "Domanda?"));
            assertThat(asked.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_BACK_OFFICE, true));
        }
    }

    @Nested
    @DisplayName("R-REQ-6 requests are reassigned within the office and transferred to another office")
    class Moves {
        @Test
        @DisplayName("R-REQ-6 a request is reassigned only to back-office staff of its office, only while active")
        void reassignOnlyToBackOfficeStaff() {
            Request r = generic(h.citizen());
            OperatorId nobody = new OperatorId(UUID.fromString("00000000-0000-7000-8000-000000000999"));
            fails(() -> h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(), nobody)),
                    ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE);
            fails(() -> h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(),
                    TestOffices.ROMA_FRONT_OFFICE)), ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE);
            Request toSupervisor = h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(),
                    TestOffices.ROMA_SUPERVISOR));
            assertThat(toSupervisor.state()).isEqualTo(new RequestState.InCharge(TestOffices.ROMA_SUPERVISOR, false));
            Request closed = h.sdk.requests().close(SUPERVISOR, new CloseRequest(r.id(), toSupervisor.version(), "ACCEPTED",
                    "Fatto."));
            fails(() -> h.sdk.requests().reassign(SUPERVISOR, new ReassignRequest(r.id(), closed.version(),
                    TestOffices.ROMA_BACK_OFFICE)), ErrorCode.REQ_ILLEGAL_TRANSITION);
            assertThat(h.sdk.requests().get(SUPERVISOR, r.id()).state()).isInstanceOf(RequestState.Closed.class);
        }

        @Test
        @DisplayName("R-REQ-6 a reassignment is an internal entry, audited and published with the new operator")
        void reassignmentIsTraced() {
            UserProfile user = h.citizen();
            Request r = generic(user);
            h.sdk.requests().reassign(BACK_OFFICE, new ReassignRequest(r.id(), r.version(), TestOffices.ROMA_BACK_OFFICE_2));
            assertThat(h.sdk.requests().get(BACK_OFFICE, r.id()).timeline()).extracting(TimelineEntry::kind)
                    .endsWith(TimelineKind.REASSIGNED);
            assertThat(h.sdk.requests().get(as(user), r.id()).timeline()).extracting(TimelineEntry::kind)
                    .doesNotContain(TimelineKind.REASSIGNED);
            assertThat(actions(r.id())).contains("REQUEST_REASSIGNED");
            assertThat(event(RequestEvents.REASSIGNED, r.id()).attributes()).isEqualTo(Map.of("office", "ROMA-TIBURTINO",
                    "operator", TestOffices.ROMA_BACK_OFFICE_2.toString()));
        }

        @Test
        @DisplayName("R-REQ-3 a transferred request is routed again: the user is told of the new office")
        void aTransferIsTracedAndTheUserTold() {
            UserProfile user = h.citizen();
            Request r = taken(user);
            h.sdk.requests().transfer(BACK_OFFICE, new TransferRequest(r.id(), r.version(), TestOffices.CAGLIARI,
                    "Competenza di Cagliari"));
            assertThat(inbox(user)).filteredOn(n -> n.title().equals("Richiesta " + r.protocol().value() + " assegnata"))
                    .extracting(InboxNotice::body).containsExactlyInAnyOrder(
                            "La richiesta " + r.protocol().value() + " è stata assegnata alla sede Roma Tiburtino.",
                            "La richiesta " + r.protocol().value() + " è stata assegnata alla sede Cagliari.");
            assertThat(actions(r.id())).contains("REQUEST_TRANSFERRED");
            assertThat(event(RequestEvents.TRANSFERRED, r.id()).attributes()).isEqualTo(Map.of("from", "ROMA-TIBURTINO",
                    "to", "CAGLIARI"));
            assertThat(h.sdk.requests().get(CAGLIARI, r.id()).state()).isEqualTo(new RequestState.Open());
        }
    }

    @Test
    @DisplayName("R-REQ-5 an unknown request is not found, for reading and for work")
    void anUnknownRequestIsNotFound() {
        RequestId unknown = new RequestId(UUID.fromString("00000000-0000-7000-8000-00000000beef"));
        fails(() -> h.sdk.requests().get(BACK_OFFICE, unknown), ErrorCode.REQ_NOT_FOUND);
        fails(() -> h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(unknown, 0, null)), ErrorCode.REQ_NOT_FOUND);
    }
}
