package dev.sportello.adapters.webhooks;

import dev.sportello.DeadLetter;
import dev.sportello.PageRequest;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.tck.SdkHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sink as the SDK uses it: the outbox dispatcher publishes each event after commit, a receiver that
 * fails gets the same event again later with the same webhook-id (verified each time), and a receiver
 * that keeps failing ends in the dead letters, from where the event can be re-driven.
 */
class WebhooksThroughTheSdkTest {
    private final WebhookSecret secret = Fixtures.secret(7);
    private Receiver receiver;
    private Receiver.Endpoint endpoint;
    private SdkHarness h;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        endpoint = receiver.endpoint("/hooks", secret);
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(
                WebhookSubscriber.toAll("crm", endpoint.uri(), secret))).build();
        h = new SdkHarness(new MemoryStorage(), b -> b.eventSink(sink)
                .dispatcher(d -> d.retries(3, Duration.ofMinutes(1), Duration.ofMinutes(1))));
    }

    @AfterEach
    void stop() {
        h.close();
        receiver.close();
    }

    private static Set<String> ids(List<Receiver.Received> received) {
        return received.stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
    }

    @Test
    void aFailingReceiverGetsTheSameEventAgainWithTheSameIdAndVerifiesIt() {
        endpoint.answer(503);
        h.citizen();
        h.deliver();
        List<Receiver.Received> failed = endpoint.received();
        assertThat(failed).as("the registration's events were posted").isNotEmpty();
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.ours()).as("our verifier").isNull();
            assertThat(r.oracle()).as("the reference library").isTrue();
        });

        ids(failed).forEach(endpoint.verifier()::forget);   // the receiver's handling failed: it forgets the ids
        endpoint.verifyAndAnswer();
        h.clock.advance(Duration.ofMinutes(2));
        h.deliver();
        List<Receiver.Received> retried = endpoint.received().subList(failed.size(), endpoint.received().size());
        assertThat(ids(retried)).as("each event again, under the same webhook-id").isEqualTo(ids(failed));
        assertThat(retried).allSatisfy(r -> assertThat(r.ours()).isNull());
        assertThat(h.sdk.outbox().deadLetters(SdkHarness.PORTAL, PageRequest.first(10)).items()).isEmpty();

        h.clock.advance(Duration.ofHours(1));
        h.deliver();
        assertThat(endpoint.received()).as("a delivered event is not posted again").hasSize(failed.size() + retried.size());
    }

    @Test
    void aReceiverThatKeepsFailingEndsInTheDeadLettersAndARedriveDeliversIt() {
        endpoint.answer(500);
        h.citizen();
        for (int attempt = 0; attempt < 3; attempt++) {
            h.deliver();
            h.clock.advance(Duration.ofMinutes(2));
        }
        List<DeadLetter> dead = h.sdk.outbox().deadLetters(SdkHarness.PORTAL, PageRequest.first(10)).items();
        assertThat(dead).isNotEmpty();
        int posted = endpoint.received().size();
        assertThat(posted).isEqualTo(3 * dead.size());

        ids(endpoint.received()).forEach(endpoint.verifier()::forget);
        endpoint.verifyAndAnswer();
        for (DeadLetter letter : dead) {
            h.sdk.outbox().redrive(SdkHarness.PORTAL, letter.id());
        }
        h.deliver();
        assertThat(endpoint.received()).hasSize(posted + dead.size());
        assertThat(endpoint.received().subList(posted, posted + dead.size())).allSatisfy(r -> assertThat(r.ours()).isNull());
        assertThat(h.sdk.outbox().deadLetters(SdkHarness.PORTAL, PageRequest.first(10)).items()).isEmpty();
    }
}
