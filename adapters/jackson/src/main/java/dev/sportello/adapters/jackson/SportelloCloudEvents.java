package dev.sportello.adapters.jackson;

import dev.sportello.Arguments;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A Sportello {@link DomainEvent} as a CloudEvent 1.0, the same event for every transport that sends one
 * (webhooks, Kafka, a host's own broker): the context attributes {@code specversion 1.0}, {@code id} (the
 * event id, also the idempotency key), {@code source} (configured URI reference), {@code type} (the
 * configured reverse-DNS prefix, a dot, the event type's name: {@code it.inps.sportello.request.submitted}),
 * {@code time} (RFC 3339, UTC), {@code subject} ({@code subjectType/subjectId}) and
 * {@code datacontenttype application/json}; the data is
 * {@code {"actor": PartyId.asText(), "onBehalfOf": UUID text or null, "attributes": {…}}}, ids and codes only.
 *
 * <p>Two forms: {@link #structured(DomainEvent)} writes the whole event in the JSON event format (structured
 * mode, {@link #STRUCTURED_CONTENT_TYPE}), compact UTF-8 with the attributes in the order above and the data
 * attributes sorted by name; {@link #attributes(DomainEvent)} plus {@link #data(DomainEvent)} give the
 * context attributes and the data apart, for a binary mode (HTTP {@code ce-} headers, Kafka {@code ce_}
 * headers with {@code datacontenttype} as the {@code content-type} header).
 *
 * <p>Immutable and thread-safe.
 */
public final class SportelloCloudEvents {
    /** The CloudEvents version written: {@value}. */
    public static final String SPEC_VERSION = "1.0";
    /** The media type of the structured mode (JSON event format): {@value}. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    /** The {@code datacontenttype} of every event: {@value}. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    private static final Pattern TYPE_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9][A-Za-z0-9-]*)+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String source;
    private final String typePrefix;

    private SportelloCloudEvents(String source, String typePrefix) {
        this.source = source;
        this.typePrefix = typePrefix;
    }

    /**
     * A writer for this producer.
     *
     * @param source     the CloudEvents {@code source}, a URI reference such as {@code urn:sportello:inps};
     *                   not null, see {@link #isSource(String)}
     * @param typePrefix the reverse-DNS prefix of {@code type} such as {@code it.inps.sportello}; not null,
     *                   see {@link #isTypePrefix(String)}
     * @return the writer, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID} with field
     *                                             {@code SportelloCloudEvents.source} or {@code SportelloCloudEvents.typePrefix}
     */
    public static SportelloCloudEvents of(String source, String typePrefix) {
        Arguments.required(source, "SportelloCloudEvents", "SportelloCloudEvents.source");
        Arguments.required(typePrefix, "SportelloCloudEvents", "SportelloCloudEvents.typePrefix");
        if (!isSource(source)) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "SportelloCloudEvents.source",
                    Map.of("reason", "a URI reference, e.g. urn:sportello:inps"));
        }
        if (!isTypePrefix(typePrefix)) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "SportelloCloudEvents.typePrefix",
                    Map.of("reason", "a reverse-DNS name, e.g. it.inps.sportello"));
        }
        return new SportelloCloudEvents(source, typePrefix);
    }

    /**
     * Whether a text can be the {@code source}: a URI reference of at most 2048 characters, not blank,
     * without spaces or control characters (the same rule as the webhook sink).
     *
     * @param value the text, may be null (false)
     * @return true when {@link #of(String, String)} accepts it as source
     */
    public static boolean isSource(String value) {
        if (value == null || value.isBlank() || value.length() > 2048
                || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            new URI(value);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether a text can be the prefix of {@code type}: at most 200 characters, two or more dot-separated
     * labels of ASCII letters, digits and {@code -}, each starting with a letter or digit.
     *
     * @param value the text, may be null (false)
     * @return true when {@link #of(String, String)} accepts it as type prefix
     */
    public static boolean isTypePrefix(String value) {
        return value != null && value.length() <= 200 && TYPE_PREFIX.matcher(value).matches();
    }

    /**
     * The configured {@code source}.
     *
     * @return the URI reference, never null
     */
    public String source() {
        return source;
    }

    /**
     * The configured prefix of {@code type}.
     *
     * @return the prefix, never null
     */
    public String typePrefix() {
        return typePrefix;
    }

    /**
     * The CloudEvents {@code type} of an event: the prefix, a dot, the event type's name.
     *
     * @param event the event, not null
     * @return the type, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null event
     */
    public String type(DomainEvent event) {
        return typePrefix + "." + required(event).type().name();
    }

    /**
     * The CloudEvents {@code subject} of an event, {@code subjectType/subjectId} ({@code request/r-1}); also
     * a good partition or ordering key, since one object's events share it.
     *
     * @param event the event, not null
     * @return the subject, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null event
     */
    public static String subject(DomainEvent event) {
        DomainEvent e = required(event);
        return e.subjectType() + "/" + e.subjectId();
    }

    /**
     * The context attributes of an event, for a binary mode: {@code specversion}, {@code id}, {@code source},
     * {@code type}, {@code time}, {@code subject}, {@code datacontenttype}, in this order.
     *
     * @param event the event, not null
     * @return the attributes by name, never null, unmodifiable, no null values
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null event
     */
    public Map<String, String> attributes(DomainEvent event) {
        DomainEvent e = required(event);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("specversion", SPEC_VERSION);
        attributes.put("id", e.id());
        attributes.put("source", source);
        attributes.put("type", type(e));
        attributes.put("time", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        attributes.put("subject", subject(e));
        attributes.put("datacontenttype", DATA_CONTENT_TYPE);
        return Collections.unmodifiableMap(attributes);
    }

    /**
     * The event in the JSON event format (structured mode): the attributes of {@link #attributes(DomainEvent)}
     * then {@code data}, compact UTF-8.
     *
     * @param event the event, not null
     * @return a fresh array, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null event
     */
    public byte[] structured(DomainEvent event) {
        ObjectNode root = JSON.createObjectNode();
        attributes(event).forEach(root::put);
        root.set("data", dataNode(event));
        return JSON.writeValueAsBytes(root);
    }

    /**
     * The data of an event alone, as compact UTF-8 JSON ({@code application/json}), for a binary mode.
     *
     * @param event the event, not null
     * @return a fresh array, never null
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null event
     */
    public byte[] data(DomainEvent event) {
        return JSON.writeValueAsBytes(dataNode(required(event)));
    }

    private static ObjectNode dataNode(DomainEvent event) {
        ObjectNode data = JSON.createObjectNode();
        data.put("actor", event.actor().asText());
        if (event.onBehalfOf() == null) {
            data.putNull("onBehalfOf");
        } else {
            data.put("onBehalfOf", event.onBehalfOf().asText());
        }
        ObjectNode attributes = data.putObject("attributes");
        for (Map.Entry<String, String> a : new TreeMap<>(event.attributes()).entrySet()) {
            attributes.put(a.getKey(), a.getValue());
        }
        return data;
    }

    private static DomainEvent required(DomainEvent event) {
        return Arguments.required(event, "SportelloCloudEvents", "event");
    }

    @Override
    public String toString() {
        return "SportelloCloudEvents[source=" + source + ", typePrefix=" + typePrefix + "]";
    }
}
