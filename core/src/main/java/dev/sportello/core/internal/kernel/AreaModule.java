package dev.sportello.core.internal.kernel;

import dev.sportello.EventType;
import dev.sportello.core.internal.kernel.KindSpec;

import java.util.List;
import java.util.Set;

/**
 * An area of the SDK (users, requests, appointments, …) as the builder assembles it: the stores its use
 * cases need, its message kinds and event types, then its services, built once the earlier areas exist,
 * and its tasks and in-transaction hooks. Adding an area adds one module and one line to the builder's
 * list of modules.
 *
 * <p>Not thread-safe while the SDK is built; the services it builds are.
 */
public interface AreaModule {
    /** The area's name, for messages. */
    String name();

    /** The store types the area's use cases read and write; the builder refuses a storage without them. */
    Set<Class<?>> stores();

    /** The message kinds the area sends, with their channels and placeholders. */
    default List<KindSpec> messageKinds() {
        return List.of();
    }

    /** The domain event types the area publishes. */
    default List<EventType> events() {
        return List.of();
    }

    /**
     * Builds the area's services and publishes its facade and shared services in the wiring.
     *
     * @param wiring what the builder and the earlier areas provide
     */
    void start(Wiring wiring);

    /**
     * Registers the area's tasks and hooks, once every area has started.
     *
     * @param wiring what every area provides
     */
    default void register(Wiring wiring) {
    }
}
