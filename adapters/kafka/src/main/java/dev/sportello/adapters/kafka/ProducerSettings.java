package dev.sportello.adapters.kafka;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of the sink's settings: topic names, bootstrap addresses, durations and the host's extra producer
 * properties (known producer configs only, each value checked by the producer's own definitions, none of
 * the settings the sink owns). Error reasons never repeat a property's value (it may be a password).
 *
 * <p>Thread-safe (stateless).
 */
final class ProducerSettings {
    /** Set by the sink and not overridable: they make the delivery guarantee. */
    static final Set<String> OWNED = Set.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, ProducerConfig.ACKS_CONFIG, ProducerConfig.MAX_BLOCK_MS_CONFIG,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
            ProducerConfig.PARTITIONER_IGNORE_KEYS_CONFIG, ProducerConfig.PARTITIONER_CLASS_CONFIG);

    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final ConfigDef DEFINITIONS = ProducerConfig.configDef();

    private ProducerSettings() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, field, Map.of("type", "KafkaEventSink"));
        }
        return value;
    }

    static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
    }

    static String topic(String value, String field) {
        required(value, field);
        if (!TOPIC.matcher(value).matches() || ".".equals(value) || "..".equals(value)) {
            throw invalid(field, "a Kafka topic name: 1-249 of A-Z a-z 0-9 . _ -, not '.' or '..'");
        }
        return value;
    }

    /** A comma-separated list of {@code host:port}, IPv6 hosts in brackets; whitespace around entries allowed. */
    static String bootstrapServers(String value, String field) {
        required(value, field);
        String[] entries = value.split(",", -1);
        StringBuilder normal = new StringBuilder();
        for (String raw : entries) {
            String entry = raw.strip();
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || !HOST.matcher(entry.substring(0, colon)).matches() || !isPort(entry.substring(colon + 1))) {
                throw invalid(field, "a comma-separated list of host:port, e.g. kafka-1:9092,kafka-2:9092");
            }
            normal.append(normal.length() == 0 ? "" : ",").append(entry);
        }
        return normal.toString();
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }

    static Duration between(Duration value, String field, Duration min, Duration max) {
        required(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(field, min + " to " + max);
        }
        return value;
    }

    /**
     * Checks one extra producer property.
     *
     * @return the value as given
     */
    static String property(String key, String value, String field) {
        required(key, field);
        String named = field + "." + key;
        required(value, named);
        if (OWNED.contains(key)) {
            throw invalid(named, "set by the sink (bootstrapServers, maxBlock, requestTimeout, deliveryTimeout; "
                    + "idempotence, acks=all, keys and serialisers are fixed)");
        }
        ConfigDef.ConfigKey definition = DEFINITIONS.configKeys().get(key);
        if (definition == null) {
            throw invalid(named, "not a Kafka producer setting (build the producer yourself for plug-in settings)");
        }
        try {
            Object parsed = ConfigDef.parseType(key, value, definition.type);
            if (definition.validator != null) {
                definition.validator.ensureValid(key, parsed);
            }
        } catch (ConfigException e) {
            throw invalid(named, "not a valid value of type " + definition.type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return value;
    }

    /** The linger the producer will use: the host's {@code linger.ms}, else Kafka's default. */
    static long lingerMillis(Map<String, String> extra) {
        Object value = extra.containsKey(ProducerConfig.LINGER_MS_CONFIG)
                ? ConfigDef.parseType(ProducerConfig.LINGER_MS_CONFIG, extra.get(ProducerConfig.LINGER_MS_CONFIG),
                DEFINITIONS.configKeys().get(ProducerConfig.LINGER_MS_CONFIG).type)
                : DEFINITIONS.configKeys().get(ProducerConfig.LINGER_MS_CONFIG).defaultValue;
        return ((Number) value).longValue();
    }
}
