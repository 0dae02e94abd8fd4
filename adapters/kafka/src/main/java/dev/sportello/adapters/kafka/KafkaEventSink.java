package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.SportelloException;
import dev.sportello.adapters.jackson.SportelloCloudEvents;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EventSink;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link EventSink} that writes each domain event to a Kafka topic as a CloudEvent 1.0 (the same event
 * as the webhook sink: {@link SportelloCloudEvents}), in {@link Mode#STRUCTURED structured} or
 * {@link Mode#BINARY binary} mode of the CloudEvents Kafka protocol binding. The record key is the event's
 * subject ({@code subjectType/subjectId}), so one request's or dossier's events land in one partition, in
 * the order the outbox delivers them.
 *
 * <p>An event counts as delivered only when the broker acknowledged it: the producer is idempotent with
 * {@code acks=all}, and {@link #publish(DomainEvent)} waits for the acknowledgement and answers
 * {@code Accepted("topic-partition@offset")}. No acknowledgement within the timeouts, or a retriable broker
 * error, is {@code Failed} and the outbox retries; a record too large, an invalid record, a serialisation
 * failure or a missing write authorisation is {@code Refused}. Delivery is at least once: a retry after a
 * lost acknowledgement writes the event again, with the same CloudEvent {@code id} (the event id), so
 * consumers deduplicate on it. {@code publish} returns within {@code maxBlock + deliveryTimeout + 1 s};
 * keep that under the dispatcher's send timeout (10 s by default; the defaults here give 9 s at most).
 * It never throws.
 *
 * <p>Thread-safe (the Kafka producer is). {@link #close()} closes the producer the sink built; a producer
 * the host handed in ({@link Builder#producer(Producer)}) stays the host's to close.
 */
public final class KafkaEventSink implements EventSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventSink.class);
    private static final Duration MARGIN = Duration.ofSeconds(1);

    /** How the CloudEvent is laid out in the record. Thread-safe (an enum). */
    public enum Mode {
        /** The whole event in the JSON event format as the value, {@code content-type: application/cloudevents+json}. */
        STRUCTURED,
        /** The data as the value ({@code content-type: application/json}), the other attributes as {@code ce_} headers. */
        BINARY
    }

    private final Producer<byte[], byte[]> producer;
    private final boolean ownsProducer;
    private final EventRecords records;
    private final String topic;
    private final Mode mode;
    private final long waitMillis;
    private final long deadlineNanos;
    private final Duration closeTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaEventSink(Builder b, Producer<byte[], byte[]> producer, boolean ownsProducer) {
        this.producer = producer;
        this.ownsProducer = ownsProducer;
        this.records = new EventRecords(SportelloCloudEvents.of(b.source, b.typePrefix), b.topic, b.mode);
        this.topic = b.topic;
        this.mode = b.mode;
        this.waitMillis = b.deliveryTimeout.plus(MARGIN).toMillis();
        this.deadlineNanos = b.maxBlock.plus(b.deliveryTimeout).plus(MARGIN).toNanos();
        this.closeTimeout = b.deliveryTimeout;
    }

    /**
     * A builder.
     *
     * @return a new builder, never null; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the event to the topic and waits for the broker's acknowledgement.
     *
     * @param event the event, not null (null is refused)
     * @return {@code Accepted("topic-partition@offset")}, {@code Failed} or {@code Refused} as the class
     *         comment says; never null; never throws
     */
    @Override
    public DeliveryResult publish(DomainEvent event) {
        if (event == null) {
            return DeliveryResult.refused("no event");
        }
        if (closed.get()) {
            return DeliveryResult.failed("the Kafka event sink is closed");
        }
        try {
            long started = System.nanoTime();
            Future<RecordMetadata> sent = producer.send(records.record(event));
            long left = Math.min(TimeUnit.MILLISECONDS.toNanos(waitMillis), deadlineNanos - (System.nanoTime() - started));
            RecordMetadata acknowledged = sent.get(Math.max(1, left), TimeUnit.NANOSECONDS);
            return DeliveryResult.accepted(acknowledged.topic() + "-" + acknowledged.partition() + "@" + acknowledged.offset());
        } catch (ExecutionException e) {
            return answer(event, e.getCause());
        } catch (TimeoutException e) {
            LOG.debug("Kafka did not acknowledge event {} within {} ms", event.id(), waitMillis);
            return DeliveryResult.failed("no acknowledgement from the broker within " + waitMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failed("interrupted while waiting for the broker");
        } catch (RuntimeException e) {
            return answer(event, e);
        }
    }

    private static DeliveryResult answer(DomainEvent event, Throwable failure) {
        DeliveryResult result = SendFailures.classify(failure);
        if (result instanceof DeliveryResult.Refused) {
            LOG.warn("Kafka refused event {} for good: {}", event.id(), failure.getClass().getName());
        } else {
            LOG.debug("Kafka delivery of event {} failed for now: {}", event.id(),
                    failure == null ? "-" : failure.getClass().getName());
        }
        return result;
    }

    /**
     * Stops publishing; closes the producer if the sink built it, waiting up to the delivery timeout for
     * records in flight. Later publishes are {@code Failed}. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsProducer) {
            try {
                producer.close(closeTimeout);
            } catch (RuntimeException e) {
                LOG.warn("closing the Kafka producer failed: {}", e.getClass().getName());
            }
        }
    }

    @Override
    public String toString() {
        return "KafkaEventSink[topic=" + topic + ", mode=" + mode + "]";
    }

    /**
     * Configures a {@link KafkaEventSink}. Required: {@link #topic(String)}, {@link #source(String)},
     * {@link #typePrefix(String)}, and either {@link #bootstrapServers(String)} (the sink builds an
     * idempotent producer, {@code acks=all}, with the timeouts below and any
     * {@link #producerProperty(String, String) extra properties}) or {@link #producer(Producer)}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private String topic;
        private String source;
        private String typePrefix;
        private Mode mode = Mode.STRUCTURED;
        private String bootstrapServers;
        private final Map<String, String> extra = new LinkedHashMap<>();
        private Producer<byte[], byte[]> producer;
        private Duration maxBlock = Duration.ofSeconds(2);
        private Duration requestTimeout = Duration.ofSeconds(3);
        private Duration deliveryTimeout = Duration.ofSeconds(6);

        private Builder() {
        }

        /**
         * The topic the events go to. Required.
         *
         * @param value a Kafka topic name (1-249 of {@code A-Z a-z 0-9 . _ -}), not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.topic})
         */
        public Builder topic(String value) {
            this.topic = ProducerSettings.topic(value, "KafkaEventSink.topic");
            return this;
        }

        /**
         * The CloudEvents {@code source}, a URI reference such as {@code urn:sportello:inps}. Required.
         *
         * @param value the URI reference, not null (see {@link SportelloCloudEvents#isSource(String)})
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.source})
         */
        public Builder source(String value) {
            ProducerSettings.required(value, "KafkaEventSink.source");
            if (!SportelloCloudEvents.isSource(value)) {
                throw ProducerSettings.invalid("KafkaEventSink.source", "a URI reference, e.g. urn:sportello:inps");
            }
            this.source = value;
            return this;
        }

        /**
         * The reverse-DNS prefix of the CloudEvents {@code type}: {@code it.inps.sportello} gives
         * {@code it.inps.sportello.request.submitted}. Required.
         *
         * @param value the prefix, not null (see {@link SportelloCloudEvents#isTypePrefix(String)})
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.typePrefix})
         */
        public Builder typePrefix(String value) {
            ProducerSettings.required(value, "KafkaEventSink.typePrefix");
            if (!SportelloCloudEvents.isTypePrefix(value)) {
                throw ProducerSettings.invalid("KafkaEventSink.typePrefix", "a reverse-DNS name, e.g. it.inps.sportello");
            }
            this.typePrefix = value;
            return this;
        }

        /**
         * Structured or binary mode. Default {@link Mode#STRUCTURED}.
         *
         * @param value the mode, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code KafkaEventSink.mode})
         */
        public Builder mode(Mode value) {
            this.mode = ProducerSettings.required(value, "KafkaEventSink.mode");
            return this;
        }

        /**
         * The brokers to bootstrap from; the sink builds its own producer.
         *
         * @param value a comma-separated list of {@code host:port} (IPv6 hosts in brackets), not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.bootstrapServers})
         */
        public Builder bootstrapServers(String value) {
            this.bootstrapServers = ProducerSettings.bootstrapServers(value, "KafkaEventSink.bootstrapServers");
            return this;
        }

        /**
         * An extra setting of the producer the sink builds, such as {@code security.protocol},
         * {@code sasl.jaas.config}, {@code compression.type}, {@code client.id} or {@code linger.ms}. The
         * key must be a Kafka producer setting and the value valid for it; the settings that make the
         * delivery guarantee cannot be overridden ({@code bootstrap.servers}, serialisers,
         * {@code enable.idempotence}, {@code acks}, the three timeouts, {@code transactional.id},
         * {@code transaction.timeout.ms}, {@code partitioner.ignore.keys}).
         *
         * @param key   the setting's name, not null
         * @param value its value as text, not null; it never appears in errors or logs
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field
         *                                             {@code KafkaEventSink.producerProperty.<key>})
         */
        public Builder producerProperty(String key, String value) {
            extra.put(key, ProducerSettings.property(key, value, "KafkaEventSink.producerProperty"));
            return this;
        }

        /**
         * A producer the host built and configured, instead of {@link #bootstrapServers(String)}. Configure
         * it with {@code enable.idempotence=true}, {@code acks=all} and bounded timeouts: the sink cannot
         * check them, and waits at most {@code deliveryTimeout + 1 s} for each acknowledgement. The sink
         * does not close it.
         *
         * @param value the producer, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code KafkaEventSink.producer})
         */
        public Builder producer(Producer<byte[], byte[]> value) {
            this.producer = ProducerSettings.required(value, "KafkaEventSink.producer");
            return this;
        }

        /**
         * How long a publish may block for metadata or buffer space ({@code max.block.ms}). Default 2 s.
         *
         * @param value 1 ms to 60 s, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.maxBlock})
         */
        public Builder maxBlock(Duration value) {
            this.maxBlock = ProducerSettings.between(value, "KafkaEventSink.maxBlock", Duration.ofMillis(1), Duration.ofSeconds(60));
            return this;
        }

        /**
         * How long the producer waits for one broker answer ({@code request.timeout.ms}). Default 3 s.
         *
         * @param value 1 ms to 60 s, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.requestTimeout})
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = ProducerSettings.between(value, "KafkaEventSink.requestTimeout", Duration.ofMillis(1), Duration.ofSeconds(60));
            return this;
        }

        /**
         * How long the producer may try to deliver a record, retries included ({@code delivery.timeout.ms});
         * at least {@code requestTimeout + linger.ms}. Default 6 s.
         *
         * @param value 1 ms to 120 s, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} (field {@code KafkaEventSink.deliveryTimeout})
         */
        public Builder deliveryTimeout(Duration value) {
            this.deliveryTimeout = ProducerSettings.between(value, "KafkaEventSink.deliveryTimeout", Duration.ofMillis(1), Duration.ofSeconds(120));
            return this;
        }

        /**
         * Builds the sink, and its producer unless one was handed in.
         *
         * @return the sink, never null
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a missing required setting;
         *                                             {@code CONFIG_INVALID} for both or neither of bootstrap servers and producer
         *                                             (field {@code KafkaEventSink.producer}), a delivery timeout below request
         *                                             timeout + linger (field {@code KafkaEventSink.deliveryTimeout}), or settings the
         *                                             Kafka producer rejects (field {@code KafkaEventSink.producerProperty})
         */
        public KafkaEventSink build() {
            ProducerSettings.required(topic, "KafkaEventSink.topic");
            ProducerSettings.required(source, "KafkaEventSink.source");
            ProducerSettings.required(typePrefix, "KafkaEventSink.typePrefix");
            if (producer != null) {
                if (bootstrapServers != null || !extra.isEmpty()) {
                    throw ProducerSettings.invalid("KafkaEventSink.producer",
                            "either a producer or bootstrapServers and producer properties, not both");
                }
                return new KafkaEventSink(this, producer, false);
            }
            if (bootstrapServers == null) {
                throw ProducerSettings.invalid("KafkaEventSink.producer", "bootstrapServers or a producer is required");
            }
            long linger = ProducerSettings.lingerMillis(extra);
            if (deliveryTimeout.toMillis() < requestTimeout.toMillis() + linger) {
                throw ProducerSettings.invalid("KafkaEventSink.deliveryTimeout",
                        "at least requestTimeout + linger.ms (" + (requestTimeout.toMillis() + linger) + " ms)");
            }
            Map<String, Object> config = new HashMap<>(extra);
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of(bootstrapServers.split(",")));
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
            try {
                return new KafkaEventSink(this, new KafkaProducer<>(config, new ByteArraySerializer(),
                        new ByteArraySerializer()), true);
            } catch (KafkaException e) {
                throw refusedByKafka(e);
            }
        }

        /**
         * The producer's own check failed: every value passed its definition already, so this is a
         * combination (max.in.flight above 5 with idempotence) or an unresolvable bootstrap address. A
         * {@link ConfigException}'s message names settings, never a password's value (Kafka hides those).
         */
        private static SportelloException refusedByKafka(KafkaException e) {
            String message = e instanceof ConfigException && e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName();
            String field = message.contains(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) ? "KafkaEventSink.bootstrapServers"
                    : "KafkaEventSink.producerProperty";
            return ProducerSettings.invalid(field, "the Kafka producer refused the settings: "
                    + message.substring(0, Math.min(300, message.length())));
        }
    }
}
