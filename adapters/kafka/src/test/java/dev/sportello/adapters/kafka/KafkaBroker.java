package dev.sportello.adapters.kafka;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real Kafka 4.3.1 broker in-process (Kafka's KRaft test kit, one combined broker + controller node,
 * no Docker), started once per test class: register it as a static {@code @RegisterExtension} field.
 * It can be stopped and started again on the same port, as an outage.
 *
 * <p>Thread-safe enough for tests: start/stop from the test thread only.
 */
final class KafkaBroker implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private final Set<String> topics = new CopyOnWriteArraySet<>();
    private KafkaClusterTestKit kit;
    private Admin admin;
    private volatile boolean running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("num.partitions", "1")
                .setConfigProp("controlled.shutdown.enable", "true")
                // a restarted broker re-registers only once the controller dropped its old session
                .setConfigProp("broker.heartbeat.interval.ms", "200")
                .setConfigProp("broker.session.timeout.ms", "1000")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kit.bootstrapServers(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "100"));
        running = true;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        if (kit != null) {
            kit.close();
        }
    }

    String bootstrapServers() {
        return kit.bootstrapServers();
    }

    /** A fresh topic with these partitions and topic configs, ready for writes. */
    String newTopic(int partitions, Map<String, String> configs) throws Exception {
        String name = "events-" + TOPICS.incrementAndGet();
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all().get(20, TimeUnit.SECONDS);
        topics.add(name);
        awaitLeaders();
        return name;
    }

    /** Every record of the topic, partition by partition in offset order. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(java.util.Comparator.<ConsumerRecord<byte[], byte[]>>comparingInt(ConsumerRecord::partition)
                    .thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }

    /** Stops the broker (the controller stays up): the brokers' port refuses connections. */
    void stop() {
        if (running) {
            broker().shutdown();
            broker().awaitShutdown();
            running = false;
        }
    }

    /** Starts the broker again on the same port and waits until every topic has its leader back. */
    void start() throws Exception {
        if (!running) {
            broker().startup();
            kit.waitForReadyBrokers();
            running = true;
            awaitLeaders();
        }
    }

    boolean running() {
        return running;
    }

    private BrokerServer broker() {
        return kit.brokers().values().iterator().next();
    }

    private void awaitLeaders() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
                if (described.values().stream().flatMap(d -> d.partitions().stream())
                        .map(TopicPartitionInfo::leader).allMatch(l -> l != null && !l.isEmpty())) {
                    return;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // not ready yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the topics got no leader in 30 s");
            }
            Thread.sleep(50);
        }
    }
}
