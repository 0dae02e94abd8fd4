package dev.sportello.spi;

import dev.sportello.DomainEvent;

/**
 * Receives domain events after commit, at least once: the same event (same {@link DomainEvent#id()})
 * may arrive again after a failure, so deduplicate on the id.
 *
 * <p>Implementations are thread-safe; the dispatcher may call them from several threads.
 */
@FunctionalInterface
public interface EventSink {
    /**
     * Publishes an event.
     *
     * @param event the event, not null
     * @return the outcome; never null, never throws for a refused event
     */
    DeliveryResult publish(DomainEvent event);
}
