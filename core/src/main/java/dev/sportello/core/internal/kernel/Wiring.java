package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.HashMap;
import java.util.Map;

/**
 * What the areas share while the SDK is built: the kernel, the settings the integrator chose, and the
 * services each area provides to the later ones (the office service, the notifier, the facades), looked
 * up by type.
 *
 * <p>Not thread-safe: used by the builder only; the SDK reads it afterwards, unchanged.
 */
public final class Wiring {
    private final Map<Class<?>, Object> services = new HashMap<>();

    /**
     * Provides a service under its type.
     *
     * @param type    the type looked up
     * @param service the service
     * @param <T>     the type
     * @return the service
     */
    public <T> T provide(Class<T> type, T service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is provided twice");
        }
        return service;
    }

    /**
     * A service provided earlier.
     *
     * @param type the type
     * @param <T>  the type
     * @return the service
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} if nobody provides it (an area
     *                                             listed before the one it needs)
     */
    public <T> T require(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, type.getSimpleName(),
                    Map.of("reason", "no area provides it; areas are listed in dependency order"));
        }
        return type.cast(service);
    }
}
