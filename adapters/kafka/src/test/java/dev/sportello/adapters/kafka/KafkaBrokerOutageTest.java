package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static dev.sportello.adapters.kafka.Events.header;
import static dev.sportello.adapters.kafka.Events.key;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away and comes back: publishes fail for now within the timeouts, the outbox's retries
 * then succeed, no event is lost, and a subject's events keep their order.
 */
class KafkaBrokerOutageTest {
    @RegisterExtension
    static final KafkaBroker BROKER = new KafkaBroker();

    private static final Duration MAX_BLOCK = Duration.ofMillis(500);
    private static final Duration REQUEST = Duration.ofMillis(400);
    private static final Duration DELIVERY = Duration.ofMillis(800);
    /** maxBlock + deliveryTimeout + the sink's margin, and some slack for a loaded machine. */
    private static final Duration BOUND = MAX_BLOCK.plus(DELIVERY).plusSeconds(2);

    private static KafkaEventSink sink(String topic) {
        return KafkaEventSink.builder().bootstrapServers(BROKER.bootstrapServers()).topic(topic)
                .source(Events.SOURCE).typePrefix(Events.PREFIX).mode(KafkaEventSink.Mode.BINARY)
                .maxBlock(MAX_BLOCK).requestTimeout(REQUEST).deliveryTimeout(DELIVERY)
                .producerProperty("reconnect.backoff.max.ms", "100").producerProperty("retry.backoff.max.ms", "100")
                .build();
    }

    @Test
    void while_the_broker_is_down_publishes_fail_in_time_and_the_retries_deliver_everything_once_it_is_back()
            throws Exception {
        String topic = BROKER.newTopic(2, Map.of());
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(Events.event("outage-" + i, i % 2 == 0 ? "r-even" : "r-odd", i));
        }
        Map<String, Integer> attempts = new LinkedHashMap<>();
        try (KafkaEventSink sink = sink(topic)) {
            for (DomainEvent e : events.subList(0, 4)) {
                assertThat(publishOnce(sink, e, attempts)).isInstanceOf(DeliveryResult.Accepted.class);
            }
            BROKER.stop();
            try {
                for (DomainEvent e : events.subList(4, 8)) {
                    long start = System.nanoTime();
                    DeliveryResult result = publishOnce(sink, e, attempts);
                    assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                            f -> assertThat(f.reason()).isNotBlank());
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
                }
                try (KafkaEventSink fresh = sink(topic)) {
                    long start = System.nanoTime();
                    assertThat(fresh.publish(events.get(4))).isInstanceOf(DeliveryResult.Failed.class);
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
                }
            } finally {
                BROKER.start();
            }
            // the outbox retries each failed event, in order per subject, until it is acknowledged
            for (DomainEvent e : events.subList(4, 12)) {
                DeliveryResult result = publishOnce(sink, e, attempts);
                for (int retry = 0; retry < 20 && !(result instanceof DeliveryResult.Accepted); retry++) {
                    result = publishOnce(sink, e, attempts);
                }
                assertThat(result).as(e.id()).isInstanceOf(DeliveryResult.Accepted.class);
            }
        }
        List<ConsumerRecord<byte[], byte[]>> records = BROKER.readAll(topic);
        List<String> ids = records.stream().map(r -> header(r, "ce_id")).toList();
        assertThat(new LinkedHashSet<>(ids)).containsExactlyInAnyOrderElementsOf(events.stream().map(DomainEvent::id).toList());
        // at least once: never more copies of an event than attempts at it
        for (String id : attempts.keySet()) {
            assertThat(ids.stream().filter(id::equals).count()).as(id).isBetween(1L, (long) attempts.get(id));
        }
        for (String subject : List.of("request/r-even", "request/r-odd")) {
            List<String> firstSeen = new ArrayList<>(new LinkedHashSet<>(records.stream().filter(r -> key(r).equals(subject))
                    .map(r -> header(r, "ce_id")).toList()));
            List<String> published = events.stream().filter(e -> ("request/" + e.subjectId()).equals(subject))
                    .map(DomainEvent::id).toList();
            assertThat(firstSeen).as(subject).containsExactlyElementsOf(published);
        }
    }

    private static DeliveryResult publishOnce(KafkaEventSink sink, DomainEvent e, Map<String, Integer> attempts) {
        attempts.merge(e.id(), 1, Integer::sum);
        return sink.publish(e);
    }
}
