package dev.sportello.core.kernel;

import dev.sportello.DomainEvent;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Writes domain events as flat outbox payloads and reads them back; attributes are prefixed. */
public final class EventCodec {
    private static final String ATTRIBUTE = "attr.";

    private EventCodec() {
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
     * Reads an event back.
     *
     * @param id      the outbox entry id (the event id)
     * @param type    the event type
     * @param payload the payload
     * @return the event
     */
    public static DomainEvent decode(String id, String type, Map<String, String> payload) {
        Map<String, String> attributes = new HashMap<>();
        payload.forEach((k, v) -> {
            if (k.startsWith(ATTRIBUTE)) {
                attributes.put(k.substring(ATTRIBUTE.length()), v);
            }
        });
        String onBehalfOf = payload.get("onBehalfOf");
        return new DomainEvent(id, type, Instant.parse(payload.get("occurredAt")), PartyId.parse(payload.get("actor")),
                onBehalfOf == null ? null : (UserId) PartyId.parse(onBehalfOf), payload.get("subjectType"),
                payload.get("subjectId"), attributes);
    }
}
