package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.UserId;
import dev.sportello.requests.RequestEvents;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Events for the tests, and the official CloudEvents SDK reading records back. Thread-safe (stateless). */
final class Events {
    static final String SOURCE = "urn:sportello:inps";
    static final String PREFIX = "it.inps.sportello";
    static final UserId ACTOR = UserId.of("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Events() {
    }

    static DomainEvent event(String id, String subjectId, int sequence) {
        return new DomainEvent(id, RequestEvents.SUBMITTED, Instant.parse("2026-12-01T09:00:00Z").plusSeconds(sequence),
                ACTOR, null, "request", subjectId, Map.of("office", "INPS-ROMA-EUR", "seq", Integer.toString(sequence)));
    }

    static DomainEvent event(String subjectId, int sequence) {
        return event("e-" + UUID.randomUUID(), subjectId, sequence);
    }

    /** The record as a CloudEvent, read by the SDK's Kafka deserializer (both modes). */
    static CloudEvent cloudEvent(ConsumerRecord<byte[], byte[]> record) {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.headers(), record.value());
        }
    }

    static JsonNode data(CloudEvent event) {
        return JSON.readTree(event.getData().toBytes());
    }

    static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
