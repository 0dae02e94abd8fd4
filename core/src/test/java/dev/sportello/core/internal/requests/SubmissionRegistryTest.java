package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.spi.ProtocolRegistration;
import dev.sportello.requests.spi.ProtocolRegistry;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Submitting with the institution's protocol registry: numbered before the transaction, withdrawn when not used (R-REQ-3). */
class SubmissionRegistryTest {
    private final Registry registry = new Registry();
    private final CoreFixture h = new CoreFixture(b -> b.requests(r -> r.protocolRegistry(registry)));

    @AfterEach
    void close() {
        h.close();
    }

    /** A registry that numbers each request id once, remembers what it was asked, and may misbehave. */
    private static final class Registry implements ProtocolRegistry {
        final Map<RequestId, ProtocolRegistration> registered = new LinkedHashMap<>();
        final Map<RequestId, ProtocolNumber> numbers = new LinkedHashMap<>();
        final List<ProtocolNumber> withdrawn = new ArrayList<>();
        Runnable onRegister = () -> { };
        boolean failWithdrawals;

        @Override
        public synchronized ProtocolNumber register(ProtocolRegistration registration) {
            registered.put(registration.request(), registration);
            ProtocolNumber number = numbers.computeIfAbsent(registration.request(),
                    id -> new ProtocolNumber("PROT-" + (numbers.size() + 1)));
            Runnable hook = onRegister;
            onRegister = () -> { };
            hook.run();
            return number;
        }

        @Override
        public synchronized void withdraw(ProtocolNumber number, RequestId request) {
            if (failWithdrawals) {
                throw new IllegalStateException("registry offline");
            }
            assertThat(numbers.get(request)).as("withdrawn for its own request").isEqualTo(number);
            withdrawn.add(number);
        }
    }

    private SubmitRequest command(List<Attachment> files) {
        return new SubmitRequest(h.key(), TopicCode.GENERIC, null, null, Map.of("subject", "Domanda"), "Testo", files);
    }

    private List<Request> requestsOf(UserProfile user) {
        return h.sdk.requests().search(as(user), RequestSearch.all(PageRequest.first(10))).items().stream()
                .map(s -> h.sdk.requests().get(as(user), s.id())).toList();
    }

    @Test
    @DisplayName("R-REQ-3 the registry numbers the request, told its id, office, topic, instant and day")
    void theRegistryNumbersTheRequest() {
        UserProfile user = h.citizen();
        Request r = h.sdk.requests().submit(as(user), command(List.of()));
        assertThat(r.protocol()).isEqualTo(new ProtocolNumber("PROT-1"));
        assertThat(registry.registered).containsOnlyKeys(r.id());
        assertThat(registry.registered.get(r.id())).isEqualTo(new ProtocolRegistration(r.id(), TestOffices.ROMA,
                TopicCode.GENERIC, START, LocalDate.of(2026, 11, 23)));
        assertThat(r.timeline()).filteredOn(e -> e.kind() == TimelineKind.REGISTERED).extracting(TimelineEntry::data)
                .containsExactly(Map.of("protocol", "PROT-1"));
        assertThat(h.sdk.requests().get(as(user), r.id()).protocol()).isEqualTo(new ProtocolNumber("PROT-1"));
        assertThat(registry.withdrawn).isEmpty();
    }

    @Test
    @DisplayName("R-REQ-3 a retry with the same key returns the request without asking the registry again")
    void aRetryDoesNotRegisterAgain() {
        UserProfile user = h.citizen();
        SubmitRequest command = command(List.of());
        Request first = h.sdk.requests().submit(as(user), command);
        Request again = h.sdk.requests().submit(as(user), command);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.protocol()).isEqualTo(first.protocol());
        assertThat(registry.registered).hasSize(1);
        fails(() -> h.sdk.requests().submit(as(user), new SubmitRequest(command.idempotencyKey(), TopicCode.GENERIC, null,
                null, Map.of(), "Altro", List.of())), ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED);
        assertThat(registry.registered).hasSize(1);
    }

    @Test
    @DisplayName("R-REQ-1 a request whose topic fields are wrong is refused before the registry is asked")
    void aWrongRequestIsNotNumbered() {
        Principal p = as(h.citizen());
        fails(() -> h.sdk.requests().submit(p, new SubmitRequest(h.key(), TopicCode.CONTRIBUTORY_REGULARITY, null, null,
                Map.of(), "x", List.of())), ErrorCode.REQ_FIELD_MISSING);
        assertThat(registry.registered).isEmpty();
    }

    @Test
    @DisplayName("R-REQ-3 a number whose request could not be stored is withdrawn, and the user gets the real error")
    void aNumberOfAFailedSubmissionIsWithdrawn() {
        UserProfile user = h.citizen();
        fails(() -> h.sdk.requests().submit(as(user), command(List.of(TestFiles.executable("fattura.pdf")))),
                ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED);
        assertThat(registry.registered).hasSize(1);
        assertThat(registry.withdrawn).containsExactly(new ProtocolNumber("PROT-1"));
        assertThat(requestsOf(user)).isEmpty();
    }

    @Test
    @DisplayName("R-REQ-3 a registry that cannot withdraw does not hide the submission's error")
    void aFailedWithdrawalIsOnlyLogged() {
        UserProfile user = h.citizen();
        registry.failWithdrawals = true;
        fails(() -> h.sdk.requests().submit(as(user), command(List.of(TestFiles.executable("fattura.pdf")))),
                ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED);
        assertThat(requestsOf(user)).isEmpty();
    }

    @Test
    @DisplayName("R-REQ-3 when the same key wins a race while the registry is asked, the loser's number is withdrawn")
    void theLoserOfAKeyRaceWithdrawsItsNumber() {
        UserProfile user = h.citizen();
        SubmitRequest command = command(List.of(TestFiles.pdf("modulo.pdf", 2000)));
        Request[] winner = new Request[1];
        registry.onRegister = () -> winner[0] = h.sdk.requests().submit(as(user), command);
        Request loser = h.sdk.requests().submit(as(user), command);
        assertThat(loser.id()).isEqualTo(winner[0].id());
        assertThat(loser.protocol()).isEqualTo(new ProtocolNumber("PROT-2"));
        assertThat(registry.registered).hasSize(2);
        assertThat(registry.withdrawn).containsExactly(new ProtocolNumber("PROT-1"));
        assertThat(requestsOf(user)).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(winner[0].id()));
    }
}
