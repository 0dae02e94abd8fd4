package dev.sportello.core.internal.kernel;

import dev.sportello.DomainEvent;
import dev.sportello.EventType;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes domain events as flat outbox payloads and reads them back with their declared {@link EventType}
 * (attributes are prefixed). The areas register their event types while the SDK is built.
 *
 * <p>Thread-safe.
 */
public final class EventCodec {
    private static final String ATTRIBUTE = "attr.";
    private final Map<String, EventType> types = new ConcurrentHashMap<>();

    /**
     * Registers event types.
     *
     * @param declared the types of an area
     */
    public void register(List<EventType> declared) {
        for (EventType type : declared) {
            if (types.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("the event type " + type + " is declared twice");
            }
        }
    }

    /** Every registered type, by name. */
    public Map<String, EventType> types() {
        return Map.copyOf(types);
    }

    /**
     * The payload of an event.
     *
     * @param event the event
     * @return flat attributes
     */
    public static Map<String, String> encode(DomainEvent event) {
        Map<String, String> payload = new HashMap<>();
        payload.put("occurredAt", event.occurredAt().toString());
        payload.put("actor", event.actor().asText());
        if (event.onBehalfOf() != null) {
            payload.put("onBehalfOf", event.onBehalfOf().asText());
        }
        payload.put("subjectType", event.subjectType());
        payload.put("subjectId", event.subjectId());
        event.attributes().forEach((k, v) -> payload.put(ATTRIBUTE + k, v));
        return payload;
    }

    /**
     * Reads an event back. An event whose type is no longer declared (written by an older release) keeps
     * its name and the attributes it carries.
     *
     * @param id      the outbox entry id (the event id)
     * @param type    the event type's name
     * @param payload the payload
     * @return the event
     */
    public DomainEvent decode(String id, String type, Map<String, String> payload) {
        Map<String, String> attributes = new HashMap<>();
        payload.forEach((k, v) -> {
            if (k.startsWith(ATTRIBUTE)) {
                attributes.put(k.substring(ATTRIBUTE.length()), v);
            }
        });
        EventType declared = types.getOrDefault(type, new EventType(type, attributes.keySet().stream().sorted().toList()));
        String onBehalfOf = payload.get("onBehalfOf");
        return new DomainEvent(id, declared, Instant.parse(payload.get("occurredAt")), PartyId.parse(payload.get("actor")),
                onBehalfOf == null ? null : (UserId) PartyId.parse(onBehalfOf), payload.get("subjectType"),
                payload.get("subjectId"), attributes);
    }
}
