package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.adapters.jackson.SportelloCloudEvents;
import dev.sportello.spi.DeliveryResult;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.sportello.adapters.kafka.Events.cloudEvent;
import static dev.sportello.adapters.kafka.Events.header;
import static dev.sportello.adapters.kafka.Events.key;
import static org.assertj.core.api.Assertions.assertThat;

/** The sink against a real broker: what lands on the topic, in which order, and what is refused. */
class KafkaEventSinkTest {
    @RegisterExtension
    static final KafkaBroker BROKER = new KafkaBroker();

    private KafkaEventSink sink(String topic, KafkaEventSink.Mode mode) {
        return KafkaEventSink.builder().bootstrapServers(BROKER.bootstrapServers()).topic(topic)
                .source(Events.SOURCE).typePrefix(Events.PREFIX).mode(mode).build();
    }

    @Test
    void structured_events_are_acknowledged_and_read_back_as_cloudevents() throws Exception {
        String topic = BROKER.newTopic(3, Map.of());
        DomainEvent event = Events.event("e-structured-1", "r-1", 1);
        DeliveryResult result;
        try (KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.STRUCTURED)) {
            result = sink.publish(event);
        }
        List<ConsumerRecord<byte[], byte[]>> records = BROKER.readAll(topic);
        assertThat(records).hasSize(1);
        ConsumerRecord<byte[], byte[]> record = records.get(0);
        assertThat(result).isEqualTo(DeliveryResult.accepted(topic + "-" + record.partition() + "@" + record.offset()));
        assertThat(key(record)).isEqualTo("request/r-1");
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json; charset=utf-8");
        assertThat(record.value()).isEqualTo(SportelloCloudEvents.of(Events.SOURCE, Events.PREFIX).structured(event));

        CloudEvent read = cloudEvent(record);
        assertThat(read.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(read.getId()).isEqualTo("e-structured-1");
        assertThat(read.getSource()).isEqualTo(URI.create(Events.SOURCE));
        assertThat(read.getType()).isEqualTo("it.inps.sportello.request.submitted");
        assertThat(read.getSubject()).isEqualTo("request/r-1");
        assertThat(read.getTime()).isEqualTo(OffsetDateTime.of(2026, 12, 1, 9, 0, 1, 0, ZoneOffset.UTC));
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(Events.data(read).get("actor").stringValue()).isEqualTo(Events.ACTOR.asText());
        assertThat(Events.data(read).get("attributes").get("seq").stringValue()).isEqualTo("1");
    }

    @Test
    void binary_events_carry_the_attributes_as_ce_headers_and_the_data_as_value() throws Exception {
        String topic = BROKER.newTopic(1, Map.of());
        DomainEvent event = Events.event("e-binary-1", "r-2", 2);
        try (KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.BINARY)) {
            assertThat(sink.publish(event)).isEqualTo(DeliveryResult.accepted(topic + "-0@0"));
        }
        ConsumerRecord<byte[], byte[]> record = BROKER.readAll(topic).get(0);
        assertThat(key(record)).isEqualTo("request/r-2");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("e-binary-1");
        assertThat(header(record, "ce_time")).isEqualTo("2026-12-01T09:00:02Z");
        assertThat(header(record, "ce_datacontenttype")).isNull();
        assertThat(record.value()).isEqualTo(SportelloCloudEvents.of(Events.SOURCE, Events.PREFIX).data(event));

        CloudEvent read = cloudEvent(record);
        assertThat(read.getId()).isEqualTo("e-binary-1");
        assertThat(read.getSource()).isEqualTo(URI.create(Events.SOURCE));
        assertThat(read.getType()).isEqualTo("it.inps.sportello.request.submitted");
        assertThat(read.getSubject()).isEqualTo("request/r-2");
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(Events.data(read).get("attributes").get("office").stringValue()).isEqualTo("INPS-ROMA-EUR");
    }

    @Test
    void each_subjects_events_stay_in_one_partition_in_the_order_published() throws Exception {
        String topic = BROKER.newTopic(4, Map.of());
        int perSubject = 60;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.BINARY)) {
            List<Callable<List<DeliveryResult>>> writers = new ArrayList<>();
            for (String subject : List.of("r-alpha", "r-beta")) {
                writers.add(() -> {
                    List<DeliveryResult> results = new ArrayList<>();
                    for (int i = 0; i < perSubject; i++) {
                        results.add(sink.publish(Events.event(subject + "-" + i, subject, i)));
                    }
                    return results;
                });
            }
            for (Future<List<DeliveryResult>> f : pool.invokeAll(writers)) {
                assertThat(f.get()).hasSize(perSubject).allMatch(DeliveryResult.Accepted.class::isInstance);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, List<String>> idsBySubject = new HashMap<>();
        Map<String, Set<Integer>> partitionsBySubject = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : BROKER.readAll(topic)) {
            idsBySubject.computeIfAbsent(key(r), k -> new ArrayList<>()).add(header(r, "ce_id"));
            partitionsBySubject.computeIfAbsent(key(r), k -> new LinkedHashSet<>()).add(r.partition());
        }
        for (String subject : List.of("r-alpha", "r-beta")) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < perSubject; i++) {
                expected.add(subject + "-" + i);
            }
            assertThat(idsBySubject.get("request/" + subject)).containsExactlyElementsOf(expected);
            assertThat(partitionsBySubject.get("request/" + subject)).hasSize(1);
        }
    }

    @Test
    void a_repeated_publish_is_a_duplicate_recognisable_by_its_cloudevent_id() throws Exception {
        String topic = BROKER.newTopic(2, Map.of());
        DomainEvent event = Events.event("e-twice", "r-3", 3);
        try (KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.STRUCTURED)) {
            assertThat(sink.publish(event)).isInstanceOf(DeliveryResult.Accepted.class);
            assertThat(sink.publish(Events.event("e-other", "r-3", 4))).isInstanceOf(DeliveryResult.Accepted.class);
            assertThat(sink.publish(event)).isInstanceOf(DeliveryResult.Accepted.class);
        }
        List<String> ids = BROKER.readAll(topic).stream().map(r -> cloudEvent(r).getId()).toList();
        assertThat(ids).containsExactly("e-twice", "e-other", "e-twice");
        assertThat(new LinkedHashSet<>(ids)).containsExactly("e-twice", "e-other");
    }

    @Test
    void a_record_larger_than_the_topic_allows_is_refused_and_not_written() throws Exception {
        String topic = BROKER.newTopic(1, Map.of("max.message.bytes", "200"));
        try (KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.STRUCTURED)) {
            assertThat(sink.publish(Events.event("r-4", 1))).isInstanceOfSatisfying(DeliveryResult.Refused.class,
                    r -> assertThat(r.reason()).contains("RecordTooLargeException"));
        }
        assertThat(BROKER.readAll(topic)).isEmpty();
    }

    @Test
    void a_missing_topic_is_failed_for_now_within_max_block() {
        try (KafkaEventSink sink = KafkaEventSink.builder().bootstrapServers(BROKER.bootstrapServers())
                .topic("no-such-topic").source(Events.SOURCE).typePrefix(Events.PREFIX)
                .maxBlock(Duration.ofMillis(400)).build()) {
            long start = System.nanoTime();
            DeliveryResult result = sink.publish(Events.event("r-5", 1));
            assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                    f -> assertThat(f.reason()).contains("TimeoutException"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void after_close_publishing_fails_for_now_and_close_is_idempotent() throws Exception {
        String topic = BROKER.newTopic(1, Map.of());
        KafkaEventSink sink = sink(topic, KafkaEventSink.Mode.STRUCTURED);
        assertThat(sink.publish(null)).isInstanceOf(DeliveryResult.Refused.class);
        sink.close();
        sink.close();
        assertThat(sink.publish(Events.event("r-6", 1))).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(sink.toString()).isEqualTo("KafkaEventSink[topic=" + topic + ", mode=STRUCTURED]");
    }
}
