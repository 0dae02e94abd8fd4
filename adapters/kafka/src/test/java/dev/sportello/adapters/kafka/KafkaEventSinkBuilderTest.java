package dev.sportello.adapters.kafka;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Entry points refuse bad settings with a coded error naming the field; no broker needed. */
class KafkaEventSinkBuilderTest {
    private static final String F = "KafkaEventSink.";

    private static KafkaEventSink.Builder builder() {
        return KafkaEventSink.builder();
    }

    private static KafkaEventSink.Builder complete() {
        return builder().topic("events").source(Events.SOURCE).typePrefix(Events.PREFIX).bootstrapServers("127.0.0.1:9");
    }

    static void assertField(Executable call, ErrorCode code, String field) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::execute);
        assertThat(e).as(field).isNotNull();
        assertThat(e.code()).as(field).isEqualTo(code);
        assertThat(e.details()).as(field).containsEntry("field", field);
    }

    @Test
    void required_settings_are_named_when_missing() {
        assertField(() -> builder().source("urn:x").typePrefix("it.inps").bootstrapServers("h:1").build(),
                ErrorCode.VALUE_REQUIRED, F + "topic");
        assertField(() -> builder().topic("t").typePrefix("it.inps").bootstrapServers("h:1").build(),
                ErrorCode.VALUE_REQUIRED, F + "source");
        assertField(() -> builder().topic("t").source("urn:x").bootstrapServers("h:1").build(),
                ErrorCode.VALUE_REQUIRED, F + "typePrefix");
        assertField(() -> builder().topic("t").source("urn:x").typePrefix("it.inps").build(),
                ErrorCode.CONFIG_INVALID, F + "producer");
    }

    @Test
    void null_and_bad_values_are_refused_by_each_setter() {
        assertField(() -> builder().topic(null), ErrorCode.VALUE_REQUIRED, F + "topic");
        for (String bad : List.of("", ".", "..", "a b", "ü", "t".repeat(250), "a/b")) {
            assertField(() -> builder().topic(bad), ErrorCode.CONFIG_INVALID, F + "topic");
        }
        assertField(() -> builder().source(null), ErrorCode.VALUE_REQUIRED, F + "source");
        for (String bad : List.of("", " ", "urn:a b", "http://x/%zz")) {
            assertField(() -> builder().source(bad), ErrorCode.CONFIG_INVALID, F + "source");
        }
        assertField(() -> builder().typePrefix(null), ErrorCode.VALUE_REQUIRED, F + "typePrefix");
        for (String bad : List.of("", "sportello", "it..inps", "it.inps_x")) {
            assertField(() -> builder().typePrefix(bad), ErrorCode.CONFIG_INVALID, F + "typePrefix");
        }
        assertField(() -> builder().mode(null), ErrorCode.VALUE_REQUIRED, F + "mode");
        assertField(() -> builder().bootstrapServers(null), ErrorCode.VALUE_REQUIRED, F + "bootstrapServers");
        for (String bad : List.of("", "host", "host:", ":9092", "host:0", "host:65536", "host:12x", "a:1,,b:2",
                "bad host:1", "-h:1", "[::1:9092")) {
            assertField(() -> builder().bootstrapServers(bad), ErrorCode.CONFIG_INVALID, F + "bootstrapServers");
        }
        assertField(() -> builder().producer(null), ErrorCode.VALUE_REQUIRED, F + "producer");
        assertField(() -> builder().maxBlock(null), ErrorCode.VALUE_REQUIRED, F + "maxBlock");
        assertField(() -> builder().maxBlock(Duration.ZERO), ErrorCode.CONFIG_INVALID, F + "maxBlock");
        assertField(() -> builder().maxBlock(Duration.ofMinutes(2)), ErrorCode.CONFIG_INVALID, F + "maxBlock");
        assertField(() -> builder().requestTimeout(null), ErrorCode.VALUE_REQUIRED, F + "requestTimeout");
        assertField(() -> builder().requestTimeout(Duration.ofMillis(-1)), ErrorCode.CONFIG_INVALID, F + "requestTimeout");
        assertField(() -> builder().deliveryTimeout(null), ErrorCode.VALUE_REQUIRED, F + "deliveryTimeout");
        assertField(() -> builder().deliveryTimeout(Duration.ofMinutes(3)), ErrorCode.CONFIG_INVALID, F + "deliveryTimeout");
    }

    @Test
    void good_bootstrap_lists_are_accepted() {
        builder().bootstrapServers("kafka-1:9092, kafka-2.example.it:9093,[::1]:9094,10.0.0.7:19092");
    }

    @Test
    void extra_producer_properties_must_be_known_not_owned_and_valid() {
        String p = F + "producerProperty";
        assertField(() -> builder().producerProperty(null, "x"), ErrorCode.VALUE_REQUIRED, p);
        assertField(() -> builder().producerProperty("linger.ms", null), ErrorCode.VALUE_REQUIRED, p + ".linger.ms");
        for (String owned : List.of("acks", "enable.idempotence", "bootstrap.servers", "max.block.ms", "request.timeout.ms",
                "delivery.timeout.ms", "transactional.id", "key.serializer", "value.serializer", "partitioner.ignore.keys",
                "partitioner.class")) {
            assertField(() -> builder().producerProperty(owned, "1"), ErrorCode.CONFIG_INVALID, p + "." + owned);
        }
        assertField(() -> builder().producerProperty("linger.msec", "5"), ErrorCode.CONFIG_INVALID, p + ".linger.msec");
        assertField(() -> builder().producerProperty("linger.ms", "soon"), ErrorCode.CONFIG_INVALID, p + ".linger.ms");
        assertField(() -> builder().producerProperty("compression.type", "rar"), ErrorCode.CONFIG_INVALID,
                p + ".compression.type");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> builder().producerProperty("batch.size", "-7-secret"));
        assertThat(e.getMessage()).doesNotContain("-7-secret");
        builder().producerProperty("compression.type", "zstd").producerProperty("client.id", "sportello")
                .producerProperty("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;");
    }

    @Test
    void combinations_are_checked_at_build() {
        assertField(() -> complete().deliveryTimeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofSeconds(2)).build(),
                ErrorCode.CONFIG_INVALID, F + "deliveryTimeout");
        assertField(() -> complete().producerProperty("linger.ms", "5000").build(), ErrorCode.CONFIG_INVALID,
                F + "deliveryTimeout");
        MockProducer<byte[], byte[]> mock = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        assertField(() -> complete().producer(mock).build(), ErrorCode.CONFIG_INVALID, F + "producer");
        assertField(() -> builder().topic("t").source("urn:x").typePrefix("it.inps").producerProperty("linger.ms", "1")
                .producer(mock).build(), ErrorCode.CONFIG_INVALID, F + "producer");
        // idempotence allows at most 5 requests in flight: the Kafka producer's own check, reported as ours
        assertField(() -> complete().producerProperty("max.in.flight.requests.per.connection", "6").build(),
                ErrorCode.CONFIG_INVALID, F + "producerProperty");
    }

    @Test
    void a_complete_builder_builds_a_sink_that_closes() {
        try (KafkaEventSink sink = complete().mode(KafkaEventSink.Mode.BINARY).build()) {
            assertThat(sink.toString()).isEqualTo("KafkaEventSink[topic=events, mode=BINARY]");
        }
    }
}
