package dev.sportello;

import java.time.Instant;
import java.util.Map;

/**
 * A fact that happened in the counter, published after commit to the integrator's event sink
 * (at least once; deduplicate on {@link #id()}). Attributes hold ids and codes only, never personal
 * data. Each area declares its {@link EventType}s with their attributes ({@code dev.sportello.requests.RequestEvents},
 * …); {@code docs/architecture.md} lists them all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          unique id, also the idempotency key, not null
 * @param type        the event type; its attributes are the keys of {@code attributes}, not null
 * @param occurredAt  when it happened, UTC, not null
 * @param actor       who caused it, not null
 * @param onBehalfOf  the represented user, or null
 * @param subjectType the kind of object, not null
 * @param subjectId   the object's id, not null
 * @param attributes  further ids and codes, not null, immutable
 */
public record DomainEvent(String id, EventType type, Instant occurredAt, PartyId actor, UserId onBehalfOf,
                          String subjectType, String subjectId, Map<String, String> attributes) {
    /** Checks and copies the components. */
    public DomainEvent {
        Arguments.required(id, "DomainEvent", "id");
        Arguments.required(type, "DomainEvent", "type");
        Arguments.required(occurredAt, "DomainEvent", "occurredAt");
        Arguments.required(actor, "DomainEvent", "actor");
        Arguments.required(subjectType, "DomainEvent", "subjectType");
        Arguments.required(subjectId, "DomainEvent", "subjectId");
        attributes = Arguments.map(attributes, "DomainEvent", "attributes");
    }
}
