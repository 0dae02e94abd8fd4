package dev.sportello.tck.channels;

import dev.sportello.spi.DeliveryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract every transport passes (SMTP, HTTP SMS, HTTP push, webhooks, the recording channels):
 * a provider's answer is classified as accepted, refused or failed for now; nothing is thrown for a
 * refused message; the idempotency key reaches the provider, the same on a retry; a provider that does
 * not answer is cut off by the transport's own timeout; concurrent sends are safe.
 *
 * <p>Subclass it in the transport's tests and supply a {@link ChannelRig} and messages. Not thread-safe
 * (JUnit creates one instance per test).
 *
 * @param <M> the message type
 */
public abstract class ChannelContract<M> {
    /** The timeout the rig must configure the transport with. */
    protected static final Duration TIMEOUT = Duration.ofMillis(800);

    private ChannelRig<M> rig;

    /**
     * The transport under test over a provider the test steers, configured with {@code timeout} for
     * connecting and for reading the answer.
     *
     * @param timeout the transport's timeout
     * @return a fresh rig, answering {@link ProviderAnswer#ACCEPT}
     */
    protected abstract ChannelRig<M> rig(Duration timeout);

    /**
     * A valid message with this idempotency key.
     *
     * @param idempotencyKey the key
     * @return the message
     */
    protected abstract M message(String idempotencyKey);

    @BeforeEach
    final void openRig() {
        rig = rig(TIMEOUT);
    }

    @AfterEach
    final void closeRig() {
        rig.close();
    }

    @Test
    void an_accepted_message_carries_the_providers_id() {
        DeliveryResult result = rig.send(message(key()));
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Accepted.class,
                a -> assertThat(a.providerId()).isNotBlank());
    }

    @Test
    void the_idempotency_key_reaches_the_provider_and_is_the_same_on_a_retry() {
        String key = key();
        rig.send(message(key));
        rig.send(message(key));
        assertThat(rig.keysSeen()).filteredOn(key::equals).hasSize(2);
    }

    @Test
    void a_refusal_is_refused_with_a_reason_not_thrown() {
        only(ProviderAnswer.REFUSE);
        rig.answer(ProviderAnswer.REFUSE);
        assertThat(rig.send(message(key()))).isInstanceOfSatisfying(DeliveryResult.Refused.class,
                r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void a_failure_for_now_is_failed_so_that_it_is_retried() {
        only(ProviderAnswer.FAIL_FOR_NOW);
        rig.answer(ProviderAnswer.FAIL_FOR_NOW);
        assertThat(rig.send(message(key()))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void a_provider_that_does_not_answer_is_cut_off_by_the_timeout_and_failed() {
        only(ProviderAnswer.HANG);
        rig.answer(ProviderAnswer.HANG);
        DeliveryResult result = assertTimeoutPreemptively(TIMEOUT.multipliedBy(4), () -> rig.send(message(key())));
        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void a_dropped_connection_is_failed() {
        only(ProviderAnswer.DROP_CONNECTION);
        rig.answer(ProviderAnswer.DROP_CONNECTION);
        assertThat(rig.send(message(key()))).isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void after_a_failure_the_same_transport_delivers_again() {
        only(ProviderAnswer.FAIL_FOR_NOW);
        String key = key();
        rig.answer(ProviderAnswer.FAIL_FOR_NOW);
        assertThat(rig.send(message(key))).isInstanceOf(DeliveryResult.Failed.class);
        rig.answer(ProviderAnswer.ACCEPT);
        assertThat(rig.send(message(key))).isInstanceOf(DeliveryResult.Accepted.class);
    }

    @Test
    void concurrent_sends_are_each_accepted() throws Exception {
        int sends = 24;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DeliveryResult>> calls = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < sends; i++) {
                String key = key();
                keys.add(key);
                calls.add(() -> rig.send(message(key)));
            }
            List<DeliveryResult> results = new ArrayList<>();
            for (Future<DeliveryResult> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                results.add(f.get());
            }
            assertThat(results).allMatch(DeliveryResult.Accepted.class::isInstance);
            assertThat(new HashSet<>(rig.keysSeen())).containsAll(keys);
        } finally {
            pool.shutdownNow();
        }
    }

    private void only(ProviderAnswer answer) {
        assumeTrue(rig.supported().contains(answer), () -> "this provider cannot be made to answer " + answer);
    }

    private static String key() {
        return "tck-" + UUID.randomUUID();
    }
}
