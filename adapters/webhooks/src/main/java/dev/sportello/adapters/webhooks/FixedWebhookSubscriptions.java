package dev.sportello.adapters.webhooks;

import dev.sportello.EventType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link WebhookSubscriptions#fixed(java.util.Collection)}. Immutable and thread-safe. */
final class FixedWebhookSubscriptions implements WebhookSubscriptions {
    private final List<WebhookSubscriber> subscribers;

    FixedWebhookSubscriptions(List<WebhookSubscriber> subscribers) {
        Set<String> ids = new HashSet<>();
        for (WebhookSubscriber s : subscribers) {
            Settings.required(s, "WebhookSubscriptions.subscribers");
            if (!ids.add(s.id())) {
                throw Settings.invalid("WebhookSubscriptions.subscribers", "distinct subscriber ids");
            }
        }
        this.subscribers = List.copyOf(subscribers);
    }

    @Override
    public List<WebhookSubscriber> subscribersFor(EventType type) {
        return subscribers.stream().filter(s -> s.wants(type)).toList();
    }

    @Override
    public String toString() {
        return "WebhookSubscriptions.fixed" + subscribers;
    }
}
