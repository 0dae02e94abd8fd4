package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TransferRequest;
import dev.sportello.requests.Visibility;
import dev.sportello.tck.AtomicityContract.Case;
import dev.sportello.users.UserProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.sportello.tck.AtomicityCases.messages;
import static dev.sportello.tck.AtomicityCases.prepared;

/** The requests rows of {@link AtomicityContract}: submission, answers and every back-office step. */
final class RequestAtomicityCases {
    private static final Principal OPERATOR = Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE);
    private static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);

    private RequestAtomicityCases() {
    }

    static List<Case> rows() {
        return List.of(
                new Case("requests.submit", h -> {
                    UserProfile user = h.citizenWithContacts();
                    SubmitRequest command = new SubmitRequest("key-" + UUID.randomUUID(), TopicCode.GENERIC, null, null,
                            Map.of("subject", "Atomicità"), "Testo della richiesta",
                            List.of(TestFiles.pdf("domanda.pdf", 5_000), TestFiles.png("ricevuta.png", 4_000)));
                    return prepared(() -> h.sdk.requests().submit(SdkHarness.as(user), command),
                            () -> List.of(h.sdk.requests().queue(SUPERVISOR, new QueueQuery(TckOffices.ROMA,
                                    Set.of(), null, null, false, null, PageRequest.first(50))),
                                    messages(h, user)), user.id());
                }),
                onSubmitted("requests.takeInCharge", (h, r) -> () -> h.sdk.requests().takeInCharge(OPERATOR,
                        new TakeInCharge(r.id(), r.version(), "Presa in carico."))),
                onTaken("requests.comment", (h, r) -> () -> h.sdk.requests().comment(OPERATOR,
                        new CommentRequest(r.id(), r.version(), "Verificare l'IBAN", Visibility.OFFICE_ONLY))),
                onTaken("requests.askForInformation", (h, r) -> () -> h.sdk.requests().askForInformation(OPERATOR,
                        new AskForInformation(r.id(), r.version(), "Può inviare l'estratto conto?"))),
                onTaken("requests.answer", (h, r) -> {
                    Request asked = h.sdk.requests().askForInformation(OPERATOR, new AskForInformation(r.id(), r.version(),
                            "Può inviare l'estratto conto?"));
                    return () -> h.sdk.requests().answer(SdkHarness.as(owner(h, asked)), new AnswerRequest(asked.id(),
                            asked.version(), "Ecco l'estratto conto.", List.of(TestFiles.pdf("estratto.pdf", 3_000))));
                }),
                onTaken("requests.close", (h, r) -> () -> h.sdk.requests().close(OPERATOR,
                        new CloseRequest(r.id(), r.version(), "ANSWERED", "Risposta fornita."))),
                onSubmitted("requests.reassign", (h, r) -> () -> h.sdk.requests().reassign(OPERATOR,
                        new ReassignRequest(r.id(), r.version(), TckOffices.ROMA_BACK_OFFICE_2))),
                onSubmitted("requests.transfer", (h, r) -> () -> h.sdk.requests().transfer(OPERATOR,
                        new TransferRequest(r.id(), r.version(), TckOffices.CAGLIARI, "Competenza di Cagliari"))));
    }

    private static UserProfile owner(SdkHarness h, Request r) {
        return h.sdk.users().get(SdkHarness.PORTAL, r.owner());
    }

    private static Request submitted(SdkHarness h) {
        UserProfile user = h.citizenWithContacts();
        return h.sdk.requests().submit(SdkHarness.as(user), new SubmitRequest("key-" + UUID.randomUUID(), TopicCode.GENERIC,
                null, null, Map.of("subject", "Atomicità"), "Testo della richiesta", List.of()));
    }

    /** A row whose command works on a request just submitted by a citizen with contacts. */
    private static Case onSubmitted(String name, BiFunction<SdkHarness, Request, Runnable> command) {
        return new Case(name, h -> observing(h, submitted(h), command));
    }

    /** A row whose command works on a request that an operator has taken in charge. */
    private static Case onTaken(String name, BiFunction<SdkHarness, Request, Runnable> command) {
        return new Case(name, h -> {
            Request r = submitted(h);
            Request taken = h.sdk.requests().takeInCharge(OPERATOR, new TakeInCharge(r.id(), r.version(), null));
            return observing(h, taken, command);
        });
    }

    private static AtomicityContract.Prepared observing(SdkHarness h, Request r,
                                                        BiFunction<SdkHarness, Request, Runnable> command) {
        UserProfile owner = owner(h, r);
        return prepared(command.apply(h, r), () -> List.of(h.sdk.requests().get(SUPERVISOR, r.id()), messages(h, owner)),
                r.id());
    }
}
