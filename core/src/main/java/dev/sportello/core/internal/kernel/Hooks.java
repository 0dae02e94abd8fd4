package dev.sportello.core.internal.kernel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * In-transaction hooks registered by the areas while the SDK is built, fired by the area that owns the
 * hook type; listeners run in the firing command's transaction, so their writes commit or roll back with
 * it.
 *
 * <p>Thread-safe.
 */
public final class Hooks {
    private final Map<HookType<?>, List<BiConsumer<Tx, ?>>> listeners = new ConcurrentHashMap<>();

    /**
     * Registers a listener.
     *
     * @param type     the hook
     * @param listener what to do, in the firing transaction
     * @param <E>      what the hook carries
     */
    public <E> void on(HookType<E> type, BiConsumer<Tx, E> listener) {
        listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Fires a hook.
     *
     * @param tx    the command's transaction
     * @param type  the hook
     * @param event what happened
     * @param <E>   what the hook carries
     */
    @SuppressWarnings("unchecked")
    public <E> void fire(Tx tx, HookType<E> type, E event) {
        for (BiConsumer<Tx, ?> listener : listeners.getOrDefault(type, List.of())) {
            ((BiConsumer<Tx, E>) listener).accept(tx, event);
        }
    }
}
