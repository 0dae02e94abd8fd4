package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.adapters.jackson.SportelloCloudEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a domain event into a Kafka record per the CloudEvents Kafka protocol binding 1.0: the key is the
 * subject ({@code subjectType/subjectId}, UTF-8), so the default partitioner puts one object's events in
 * one partition. Structured mode: the JSON event format as the value and {@code content-type:
 * application/cloudevents+json; charset=utf-8}. Binary mode: the data as the value, {@code content-type:
 * application/json}, and every other context attribute as a {@code ce_} header (UTF-8).
 *
 * <p>Immutable and thread-safe.
 */
final class EventRecords {
    static final String CONTENT_TYPE = "content-type";
    static final String HEADER_PREFIX = "ce_";

    private final SportelloCloudEvents events;
    private final String topic;
    private final KafkaEventSink.Mode mode;

    EventRecords(SportelloCloudEvents events, String topic, KafkaEventSink.Mode mode) {
        this.events = events;
        this.topic = topic;
        this.mode = mode;
    }

    ProducerRecord<byte[], byte[]> record(DomainEvent event) {
        byte[] key = SportelloCloudEvents.subject(event).getBytes(StandardCharsets.UTF_8);
        List<Header> headers = new ArrayList<>(8);
        byte[] value;
        if (mode == KafkaEventSink.Mode.STRUCTURED) {
            value = events.structured(event);
            headers.add(header(CONTENT_TYPE, SportelloCloudEvents.STRUCTURED_CONTENT_TYPE));
        } else {
            value = events.data(event);
            for (Map.Entry<String, String> a : events.attributes(event).entrySet()) {
                if ("datacontenttype".equals(a.getKey())) {
                    headers.add(header(CONTENT_TYPE, a.getValue()));
                } else {
                    headers.add(header(HEADER_PREFIX + a.getKey(), a.getValue()));
                }
            }
        }
        return new ProducerRecord<>(topic, null, null, key, value, headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
