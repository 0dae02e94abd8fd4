package dev.sportello.adapters.kafka;

import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.tck.channels.ChannelContract;
import dev.sportello.tck.channels.ChannelMessages;
import dev.sportello.tck.channels.ChannelRig;
import dev.sportello.tck.channels.ProviderAnswer;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channel TCK over a real broker. ACCEPT: the broker acknowledges. REFUSE: the topic's
 * {@code max.message.bytes} is below the event's size, so the broker answers RECORD_TOO_LARGE.
 * FAIL_FOR_NOW: the broker is stopped (and started again for ACCEPT). HANG / DROP_CONNECTION: the
 * bootstrap address is a scripted socket that never answers / drops the connection, so no metadata ever
 * arrives and {@code max.block.ms} ends the call. Keys seen: the CloudEvent ids on the topics.
 */
class KafkaSinkContractTest extends ChannelContract<DomainEvent> {
    @RegisterExtension
    static final KafkaBroker BROKER = new KafkaBroker();

    @Override
    protected ChannelRig<DomainEvent> rig(Duration timeout) {
        try {
            return new Rig(timeout);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected DomainEvent message(String idempotencyKey) {
        return ChannelMessages.event(idempotencyKey);
    }

    private static final class Rig implements ChannelRig<DomainEvent> {
        private final Duration timeout;
        private final String topic;
        private final KafkaEventSink normal;
        private final List<AutoCloseable> opened = new ArrayList<>();
        private String tinyTopic;
        private volatile KafkaEventSink current;

        Rig(Duration timeout) throws Exception {
            this.timeout = timeout;
            this.topic = BROKER.newTopic(3, Map.of());
            this.normal = sink(BROKER.bootstrapServers(), topic);
            this.current = normal;
        }

        private KafkaEventSink sink(String bootstrap, String topicName) {
            KafkaEventSink sink = KafkaEventSink.builder().bootstrapServers(bootstrap).topic(topicName)
                    .source(Events.SOURCE).typePrefix(Events.PREFIX)
                    .maxBlock(timeout).requestTimeout(timeout.dividedBy(2)).deliveryTimeout(timeout)
                    .producerProperty("reconnect.backoff.max.ms", "100").producerProperty("retry.backoff.max.ms", "100")
                    .build();
            opened.add(sink);
            return sink;
        }

        @Override
        public DeliveryResult send(DomainEvent message) {
            return current.publish(message);
        }

        @Override
        public void answer(ProviderAnswer answer) {
            try {
                switch (answer) {
                    case ACCEPT -> {
                        BROKER.start();
                        current = normal;
                    }
                    case REFUSE -> {
                        if (tinyTopic == null) {
                            tinyTopic = BROKER.newTopic(1, Map.of("max.message.bytes", "200"));
                        }
                        current = sink(BROKER.bootstrapServers(), tinyTopic);
                    }
                    case FAIL_FOR_NOW -> {
                        BROKER.stop();
                        current = normal;
                    }
                    case HANG, DROP_CONNECTION -> {
                        ScriptedServer server = new ScriptedServer(answer == ProviderAnswer.HANG
                                ? ScriptedServer.Behaviour.SILENT : ScriptedServer.Behaviour.DROP);
                        opened.add(server);
                        current = sink(server.address(), topic);
                    }
                    default -> throw new IllegalArgumentException(answer.name());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return Set.of(ProviderAnswer.values());
        }

        @Override
        public List<String> keysSeen() {
            List<String> ids = new ArrayList<>();
            for (String t : tinyTopic == null ? List.of(topic) : List.of(topic, tinyTopic)) {
                BROKER.readAll(t).forEach(r -> ids.add(Events.cloudEvent(r).getId()));
            }
            return ids;
        }

        @Override
        public void close() {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception e) {
                    // best effort
                }
            }
            try {
                BROKER.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
