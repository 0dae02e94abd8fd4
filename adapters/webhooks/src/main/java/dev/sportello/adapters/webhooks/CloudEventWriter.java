package dev.sportello.adapters.webhooks;

import dev.sportello.DomainEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a domain event as a CloudEvent 1.0 in the JSON event format (structured mode): the context
 * attributes at the top level and the event's data under {@code data}, as compact UTF-8 JSON with the
 * attributes in a fixed order and the data attributes sorted by name.
 *
 * <p>Immutable and thread-safe (a Jackson mapper is, once built).
 */
final class CloudEventWriter {
    /** The media type of the structured mode. */
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String source;
    private final String typePrefix;

    CloudEventWriter(String source, String typePrefix) {
        this.source = source;
        this.typePrefix = typePrefix;
    }

    /** The CloudEvents {@code type} of an event: the prefix, a dot, the event type's name. */
    String typeOf(DomainEvent event) {
        return typePrefix + "." + event.type().name();
    }

    byte[] write(DomainEvent event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("specversion", "1.0");
        root.put("id", event.id());
        root.put("source", source);
        root.put("type", typeOf(event));
        root.put("time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        root.put("subject", event.subjectType() + "/" + event.subjectId());
        root.put("datacontenttype", "application/json");
        ObjectNode data = root.putObject("data");
        data.put("actor", event.actor().asText());
        if (event.onBehalfOf() == null) {
            data.putNull("onBehalfOf");
        } else {
            data.put("onBehalfOf", event.onBehalfOf().asText());
        }
        ObjectNode attributes = data.putObject("attributes");
        for (Map.Entry<String, String> e : new TreeMap<>(event.attributes()).entrySet()) {
            attributes.put(e.getKey(), e.getValue());
        }
        return JSON.writeValueAsBytes(root);
    }
}
