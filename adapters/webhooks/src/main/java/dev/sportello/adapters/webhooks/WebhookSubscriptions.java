package dev.sportello.adapters.webhooks;

import dev.sportello.EventType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The port through which {@link WebhookEventSink} learns who receives an event: the host keeps its
 * subscribers (a configuration file, a database table with an admin screen) and answers here. Called
 * once per publication (and again on each retry), so a change takes effect on the next delivery.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface WebhookSubscriptions {
    /**
     * The subscribers that want events of this type, each once (the sink skips further entries with an id
     * already listed, and those whose {@link WebhookSubscriber#wants(EventType)} is false).
     *
     * @param type the event type, not null
     * @return the subscribers, possibly empty, never null; an exception makes the delivery fail for now
     */
    List<WebhookSubscriber> subscribersFor(EventType type);

    /**
     * A fixed list held in memory, for hosts with a handful of subscribers in their configuration.
     *
     * @param subscribers the subscribers, not null, no null element, ids distinct
     * @return the port
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID}
     *                                             (field {@code WebhookSubscriptions.subscribers}) for a repeated id
     */
    static WebhookSubscriptions fixed(Collection<WebhookSubscriber> subscribers) {
        Settings.required(subscribers, "WebhookSubscriptions.subscribers");
        return new FixedWebhookSubscriptions(new ArrayList<>(subscribers));
    }

    /**
     * A fixed list held in memory.
     *
     * @param subscribers the subscribers, no null, ids distinct
     * @return the port
     * @throws dev.sportello.InvalidInputException as {@link #fixed(Collection)}
     */
    static WebhookSubscriptions fixed(WebhookSubscriber... subscribers) {
        Settings.required(subscribers, "WebhookSubscriptions.subscribers");
        return fixed(java.util.Arrays.asList(subscribers));
    }
}
