package dev.sportello.adapters.kafka;

import dev.sportello.spi.DeliveryResult;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A producer the host built: the sink uses it as is, classifies its answers, and leaves it open. */
class HostProducerTest {
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());

    private KafkaEventSink sink() {
        return KafkaEventSink.builder().producer(producer).topic("events").source(Events.SOURCE)
                .typePrefix(Events.PREFIX).deliveryTimeout(Duration.ofMillis(300)).requestTimeout(Duration.ofMillis(100))
                .build();
    }

    private DeliveryResult publishThen(KafkaEventSink sink, Runnable broker) throws Exception {
        CompletableFuture<DeliveryResult> result = CompletableFuture.supplyAsync(() -> sink.publish(Events.event("r-1", 1)));
        while (producer.history().isEmpty() && !result.isDone()) {
            Thread.onSpinWait();
        }
        broker.run();
        return result.get(5, TimeUnit.SECONDS);
    }

    @Test
    void an_acknowledged_record_is_accepted_and_keyed_by_subject() throws Exception {
        KafkaEventSink sink = sink();
        assertThat(publishThen(sink, producer::completeNext)).isInstanceOfSatisfying(DeliveryResult.Accepted.class,
                a -> assertThat(a.providerId()).startsWith("events-"));
        assertThat(new String(producer.history().get(0).key(), StandardCharsets.UTF_8)).isEqualTo("request/r-1");
        sink.close();
        assertThat(producer.closed()).isFalse();
    }

    @Test
    void broker_errors_are_classified() throws Exception {
        KafkaEventSink sink = sink();
        assertThat(publishThen(sink, () -> producer.errorNext(new RecordTooLargeException("x"))))
                .isInstanceOf(DeliveryResult.Refused.class);
        producer.clear();
        assertThat(publishThen(sink, () -> producer.errorNext(new TopicAuthorizationException("x"))))
                .as("a missing ACL is retried, never dropped").isInstanceOf(DeliveryResult.Failed.class);
        producer.clear();
        assertThat(publishThen(sink, () -> producer.errorNext(new NotEnoughReplicasException("x"))))
                .isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void no_acknowledgement_within_the_delivery_timeout_is_failed_not_a_hang() throws Exception {
        long start = System.nanoTime();
        assertThat(sink().publish(Events.event("r-2", 1))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).contains("1300 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void an_exception_thrown_by_send_becomes_a_result() {
        producer.sendException = new IllegalStateException("boom");
        assertThat(sink().publish(Events.event("r-3", 1))).isInstanceOf(DeliveryResult.Failed.class);
        producer.sendException = new org.apache.kafka.common.errors.SerializationException("bad");
        assertThat(sink().publish(Events.event("r-3", 1))).isInstanceOf(DeliveryResult.Refused.class);
    }

    @Test
    void an_interrupted_publish_is_failed_and_keeps_the_interrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThat(sink().publish(Events.event("r-4", 1))).isInstanceOf(DeliveryResult.Failed.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
